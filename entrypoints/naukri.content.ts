import { naukri } from '@/lib/sites/naukri';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(naukri);
