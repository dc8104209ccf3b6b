import { jobadder } from '@/lib/sites/jobadder';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(jobadder);
