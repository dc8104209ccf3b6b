import { ukg } from '@/lib/sites/ukg';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(ukg);
