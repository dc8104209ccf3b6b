import { manatal } from '@/lib/sites/manatal';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(manatal);
