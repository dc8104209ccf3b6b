import { seek } from '@/lib/sites/seek';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(seek);
