import { wellfound } from '@/lib/sites/wellfound';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(wellfound);
