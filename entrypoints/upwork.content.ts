import { upwork } from '@/lib/sites/upwork';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(upwork);
