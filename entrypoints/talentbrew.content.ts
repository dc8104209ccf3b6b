import { talentbrew } from '@/lib/sites/talentbrew';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(talentbrew);
