import { platsbanken } from '@/lib/sites/platsbanken';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(platsbanken);
