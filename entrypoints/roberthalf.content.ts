import { roberthalf } from '@/lib/sites/roberthalf';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(roberthalf);
