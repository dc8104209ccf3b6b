import { join } from '@/lib/sites/join';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(join);
