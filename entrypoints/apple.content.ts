import { apple } from '@/lib/sites/apple';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(apple);
