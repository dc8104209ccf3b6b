import { topcv } from '@/lib/sites/topcv';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(topcv);
