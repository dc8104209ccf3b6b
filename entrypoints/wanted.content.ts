import { wanted } from '@/lib/sites/wanted';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(wanted);
