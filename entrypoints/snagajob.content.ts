import { snagajob } from '@/lib/sites/snagajob';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(snagajob);
