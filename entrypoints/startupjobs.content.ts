import { startupjobs } from '@/lib/sites/startupjobs';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(startupjobs);
