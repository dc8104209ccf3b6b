import { monster } from '@/lib/sites/monster';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(monster);
