import { freshteam } from '@/lib/sites/freshteam';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(freshteam);
