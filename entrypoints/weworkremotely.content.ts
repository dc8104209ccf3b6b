import { weworkremotely } from '@/lib/sites/weworkremotely';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(weworkremotely);
