import { trakstar } from '@/lib/sites/trakstar';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(trakstar);
