import { itviec } from '@/lib/sites/itviec';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(itviec);
