import { meta } from '@/lib/sites/meta';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(meta);
