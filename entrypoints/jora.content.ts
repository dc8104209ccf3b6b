import { jora } from '@/lib/sites/jora';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(jora);
