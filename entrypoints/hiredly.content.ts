import { hiredly } from '@/lib/sites/hiredly';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(hiredly);
