import { jobat } from '@/lib/sites/jobat';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(jobat);
