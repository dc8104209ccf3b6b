import { dvinci } from '@/lib/sites/dvinci';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(dvinci);
