import { emply } from '@/lib/sites/emply';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(emply);
