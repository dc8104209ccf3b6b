import { consider } from '@/lib/sites/consider';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(consider);
