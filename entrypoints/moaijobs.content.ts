import { moaijobs } from '@/lib/sites/moaijobs';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(moaijobs);
