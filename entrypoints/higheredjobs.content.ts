import { higheredjobs } from '@/lib/sites/higheredjobs';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(higheredjobs);
