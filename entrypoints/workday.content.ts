import { workday } from '@/lib/sites/workday';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(workday);
