import { devitjobs } from '@/lib/sites/devitjobs';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(devitjobs);
