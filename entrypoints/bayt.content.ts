import { bayt } from '@/lib/sites/bayt';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(bayt);
