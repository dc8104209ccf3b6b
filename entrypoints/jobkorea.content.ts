import { jobkorea } from '@/lib/sites/jobkorea';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(jobkorea);
