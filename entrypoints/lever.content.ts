import { lever } from '@/lib/sites/lever';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(lever);
