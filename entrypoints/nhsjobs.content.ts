import { nhsjobs } from '@/lib/sites/nhsjobs';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(nhsjobs);
