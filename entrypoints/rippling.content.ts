import { rippling } from '@/lib/sites/rippling';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(rippling);
