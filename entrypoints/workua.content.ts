import { workua } from '@/lib/sites/workua';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(workua);
