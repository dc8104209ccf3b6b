import { teamtailor } from '@/lib/sites/teamtailor';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(teamtailor);
