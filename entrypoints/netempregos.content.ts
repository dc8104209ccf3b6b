import { netempregos } from '@/lib/sites/netempregos';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(netempregos);
