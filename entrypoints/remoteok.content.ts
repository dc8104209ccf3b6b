import { remoteok } from '@/lib/sites/remoteok';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(remoteok);
