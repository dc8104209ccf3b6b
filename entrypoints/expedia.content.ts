import { expedia } from '@/lib/sites/expedia';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(expedia);
