import { finn } from '@/lib/sites/finn';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(finn);
