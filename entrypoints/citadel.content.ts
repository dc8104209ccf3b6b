import { citadel } from '@/lib/sites/citadel';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(citadel);
