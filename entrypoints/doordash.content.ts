import { doordash } from '@/lib/sites/doordash';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(doordash);
