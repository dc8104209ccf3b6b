import { tokyodev } from '@/lib/sites/tokyodev';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(tokyodev);
