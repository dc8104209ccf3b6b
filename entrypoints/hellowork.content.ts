import { hellowork } from '@/lib/sites/hellowork';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(hellowork);
