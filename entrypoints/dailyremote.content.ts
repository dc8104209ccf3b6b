import { dailyremote } from '@/lib/sites/dailyremote';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(dailyremote);
