import { jobright } from '@/lib/sites/jobright';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(jobright);
