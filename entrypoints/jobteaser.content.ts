import { jobteaser } from '@/lib/sites/jobteaser';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(jobteaser);
