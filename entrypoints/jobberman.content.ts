import { jobberman } from '@/lib/sites/jobberman';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(jobberman);
