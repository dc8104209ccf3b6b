import { jobvite } from '@/lib/sites/jobvite';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(jobvite);
