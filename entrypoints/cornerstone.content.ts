import { cornerstone } from '@/lib/sites/cornerstone';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(cornerstone);
