import { timesjobs } from '@/lib/sites/timesjobs';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(timesjobs);
