import { hackernews } from '@/lib/sites/hackernews';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(hackernews);
