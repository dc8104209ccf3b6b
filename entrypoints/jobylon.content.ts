import { jobylon } from '@/lib/sites/jobylon';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(jobylon);
