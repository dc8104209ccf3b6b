import { jobthai } from '@/lib/sites/jobthai';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(jobthai);
