import { karriere } from '@/lib/sites/karriere';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(karriere);
