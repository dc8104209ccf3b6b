import { agoda } from '@/lib/sites/agoda';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(agoda);
