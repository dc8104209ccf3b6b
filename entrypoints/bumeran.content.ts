import { bumeran } from '@/lib/sites/bumeran';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(bumeran);
