import { phenom } from '@/lib/sites/phenom';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(phenom);
