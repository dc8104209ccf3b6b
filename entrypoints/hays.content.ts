import { hays } from '@/lib/sites/hays';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(hays);
