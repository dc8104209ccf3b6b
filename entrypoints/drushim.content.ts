import { drushim } from '@/lib/sites/drushim';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(drushim);
