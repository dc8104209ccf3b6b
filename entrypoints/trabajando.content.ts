import { trabajando } from '@/lib/sites/trabajando';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(trabajando);
