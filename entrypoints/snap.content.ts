import { snap } from '@/lib/sites/snap';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(snap);
