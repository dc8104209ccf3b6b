import { jobserve } from '@/lib/sites/jobserve';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(jobserve);
