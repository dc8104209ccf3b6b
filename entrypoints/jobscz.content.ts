import { jobscz } from '@/lib/sites/jobscz';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(jobscz);
