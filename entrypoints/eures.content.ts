import { eures } from '@/lib/sites/eures';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(eures);
