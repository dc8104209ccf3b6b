import { nofluffjobs } from '@/lib/sites/nofluffjobs';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(nofluffjobs);
