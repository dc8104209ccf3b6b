import { justjoin } from '@/lib/sites/justjoin';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(justjoin);
