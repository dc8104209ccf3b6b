import { symphonytalent } from '@/lib/sites/symphonytalent';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(symphonytalent);
