import { pinpoint } from '@/lib/sites/pinpoint';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(pinpoint);
