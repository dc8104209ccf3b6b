import { oracle } from '@/lib/sites/oracle';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(oracle);
