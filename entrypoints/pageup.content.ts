import { pageup } from '@/lib/sites/pageup';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(pageup);
