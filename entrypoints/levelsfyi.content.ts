import { levelsfyi } from '@/lib/sites/levelsfyi';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(levelsfyi);
