import { itjobs } from '@/lib/sites/itjobs';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(itjobs);
