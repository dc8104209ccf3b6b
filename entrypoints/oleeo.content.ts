import { oleeo } from '@/lib/sites/oleeo';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(oleeo);
