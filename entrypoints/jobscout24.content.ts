import { jobscout24 } from '@/lib/sites/jobscout24';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(jobscout24);
