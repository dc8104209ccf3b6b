import { revolut } from '@/lib/sites/revolut';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(revolut);
