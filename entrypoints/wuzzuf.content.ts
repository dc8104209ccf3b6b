import { wuzzuf } from '@/lib/sites/wuzzuf';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(wuzzuf);
