import { duunitori } from '@/lib/sites/duunitori';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(duunitori);
