import { factorial } from '@/lib/sites/factorial';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(factorial);
