import { hirist } from '@/lib/sites/hirist';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(hirist);
