import { getinit } from '@/lib/sites/getinit';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(getinit);
