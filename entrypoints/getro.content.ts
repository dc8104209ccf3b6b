import { getro } from '@/lib/sites/getro';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(getro);
