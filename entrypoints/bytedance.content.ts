import { bytedance } from '@/lib/sites/bytedance';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(bytedance);
