import { nav } from '@/lib/sites/nav';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(nav);
