import { uber } from '@/lib/sites/uber';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(uber);
