import { berlinstartupjobs } from '@/lib/sites/berlinstartupjobs';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(berlinstartupjobs);
