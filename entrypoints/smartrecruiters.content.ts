import { smartrecruiters } from '@/lib/sites/smartrecruiters';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(smartrecruiters);
