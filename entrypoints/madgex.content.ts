import { madgex } from '@/lib/sites/madgex';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(madgex);
