import { paylocity } from '@/lib/sites/paylocity';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(paylocity);
