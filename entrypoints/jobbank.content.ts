import { jobbank } from '@/lib/sites/jobbank';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(jobbank);
