import { builtin } from '@/lib/sites/builtin';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(builtin);
