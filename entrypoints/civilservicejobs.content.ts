import { civilservicejobs } from '@/lib/sites/civilservicejobs';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(civilservicejobs);
