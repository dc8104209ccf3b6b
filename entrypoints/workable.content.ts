import { workable } from '@/lib/sites/workable';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(workable);
