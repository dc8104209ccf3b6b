import { occ } from '@/lib/sites/occ';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(occ);
