import { habr } from '@/lib/sites/habr';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(habr);
