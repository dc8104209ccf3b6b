import { bdjobs } from '@/lib/sites/bdjobs';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(bdjobs);
