import { hrt } from '@/lib/sites/hrt';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(hrt);
