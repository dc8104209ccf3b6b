import { jobscore } from '@/lib/sites/jobscore';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(jobscore);
