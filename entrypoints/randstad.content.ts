import { randstad } from '@/lib/sites/randstad';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(randstad);
