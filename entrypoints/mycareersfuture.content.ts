import { mycareersfuture } from '@/lib/sites/mycareersfuture';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(mycareersfuture);
