import { headhunter } from '@/lib/sites/headhunter';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(headhunter);
