import { apna } from '@/lib/sites/apna';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(apna);
