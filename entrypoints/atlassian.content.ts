import { atlassian } from '@/lib/sites/atlassian';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(atlassian);
