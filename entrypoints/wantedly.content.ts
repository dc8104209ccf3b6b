import { wantedly } from '@/lib/sites/wantedly';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(wantedly);
