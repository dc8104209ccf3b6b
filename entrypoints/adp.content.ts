import { adp } from '@/lib/sites/adp';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(adp);
