import { xing } from '@/lib/sites/xing';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(xing);
