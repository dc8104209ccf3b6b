import { hron } from '@/lib/sites/hron';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(hron);
