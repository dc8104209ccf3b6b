import { nodeflair } from '@/lib/sites/nodeflair';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(nodeflair);
