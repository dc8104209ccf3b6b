import { instahyre } from '@/lib/sites/instahyre';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(instahyre);
