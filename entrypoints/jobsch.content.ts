import { jobsch } from '@/lib/sites/jobsch';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(jobsch);
