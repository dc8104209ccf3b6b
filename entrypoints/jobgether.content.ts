import { jobgether } from '@/lib/sites/jobgether';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(jobgether);
