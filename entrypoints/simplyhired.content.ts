import { simplyhired } from '@/lib/sites/simplyhired';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(simplyhired);
