import { remotive } from '@/lib/sites/remotive';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(remotive);
