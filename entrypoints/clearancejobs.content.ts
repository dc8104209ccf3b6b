import { clearancejobs } from '@/lib/sites/clearancejobs';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(clearancejobs);
