import { apec } from '@/lib/sites/apec';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(apec);
