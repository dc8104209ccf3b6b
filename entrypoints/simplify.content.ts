import { simplify } from '@/lib/sites/simplify';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(simplify);
