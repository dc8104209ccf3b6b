import { job104 } from '@/lib/sites/job104';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(job104);
