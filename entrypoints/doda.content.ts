import { doda } from '@/lib/sites/doda';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(doda);
