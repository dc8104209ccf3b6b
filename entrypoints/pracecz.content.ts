import { pracecz } from '@/lib/sites/pracecz';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(pracecz);
