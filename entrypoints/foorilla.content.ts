import { foorilla } from '@/lib/sites/foorilla';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(foorilla);
