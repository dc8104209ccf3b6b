import { keka } from '@/lib/sites/keka';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(keka);
