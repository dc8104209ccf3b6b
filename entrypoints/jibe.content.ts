import { jibe } from '@/lib/sites/jibe';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(jibe);
