import { fuzu } from '@/lib/sites/fuzu';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(fuzu);
