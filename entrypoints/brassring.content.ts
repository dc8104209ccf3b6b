import { brassring } from '@/lib/sites/brassring';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(brassring);
