import { michaelpage } from '@/lib/sites/michaelpage';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(michaelpage);
