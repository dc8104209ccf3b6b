import { paradox } from '@/lib/sites/paradox';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(paradox);
