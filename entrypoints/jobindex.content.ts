import { jobindex } from '@/lib/sites/jobindex';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(jobindex);
