import { neogov } from '@/lib/sites/neogov';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(neogov);
