import { workableJobs } from '@/lib/sites/workable-jobs';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(workableJobs);
