import { jobvector } from '@/lib/sites/jobvector';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(jobvector);
