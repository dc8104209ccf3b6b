import { foundit } from '@/lib/sites/foundit';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(foundit);
