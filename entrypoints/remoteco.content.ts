import { remoteco } from '@/lib/sites/remoteco';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(remoteco);
