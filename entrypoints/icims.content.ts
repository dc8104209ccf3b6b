import { icims } from '@/lib/sites/icims';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(icims);
