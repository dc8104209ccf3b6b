import { avature } from '@/lib/sites/avature';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(avature);
