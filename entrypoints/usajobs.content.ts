import { usajobs } from '@/lib/sites/usajobs';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(usajobs);
