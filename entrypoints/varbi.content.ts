import { varbi } from '@/lib/sites/varbi';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(varbi);
