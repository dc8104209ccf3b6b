import { umantis } from '@/lib/sites/umantis';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(umantis);
