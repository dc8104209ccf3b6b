import { roblox } from '@/lib/sites/roblox';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(roblox);
