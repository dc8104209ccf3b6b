import { ashby } from '@/lib/sites/ashby';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(ashby);
