import { ams } from '@/lib/sites/ams';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(ams);
