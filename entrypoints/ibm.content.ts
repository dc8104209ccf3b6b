import { ibm } from '@/lib/sites/ibm';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(ibm);
