import { computrabajo } from '@/lib/sites/computrabajo';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(computrabajo);
