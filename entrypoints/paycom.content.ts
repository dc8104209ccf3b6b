import { paycom } from '@/lib/sites/paycom';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(paycom);
