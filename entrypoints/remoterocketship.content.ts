import { remoterocketship } from '@/lib/sites/remoterocketship';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(remoterocketship);
