import { ycombinator } from '@/lib/sites/ycombinator';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(ycombinator);
