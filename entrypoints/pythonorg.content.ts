import { pythonorg } from '@/lib/sites/pythonorg';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(pythonorg);
