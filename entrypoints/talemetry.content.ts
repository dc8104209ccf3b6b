import { talemetry } from '@/lib/sites/talemetry';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(talemetry);
