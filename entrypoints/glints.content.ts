import { glints } from '@/lib/sites/glints';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(glints);
