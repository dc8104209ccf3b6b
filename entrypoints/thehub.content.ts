import { thehub } from '@/lib/sites/thehub';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(thehub);
