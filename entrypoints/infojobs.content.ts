import { infojobs } from '@/lib/sites/infojobs';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(infojobs);
