import { jobsbg } from '@/lib/sites/jobsbg';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(jobsbg);
