import { talentsoft } from '@/lib/sites/talentsoft';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(talentsoft);
