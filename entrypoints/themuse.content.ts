import { themuse } from '@/lib/sites/themuse';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(themuse);
