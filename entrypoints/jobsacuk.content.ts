import { jobsacuk } from '@/lib/sites/jobsacuk';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(jobsacuk);
