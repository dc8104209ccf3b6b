import { tesla } from '@/lib/sites/tesla';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(tesla);
