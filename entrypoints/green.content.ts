import { green } from '@/lib/sites/green';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(green);
