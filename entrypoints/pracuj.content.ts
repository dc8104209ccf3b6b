import { pracuj } from '@/lib/sites/pracuj';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(pracuj);
