import { trademe } from '@/lib/sites/trademe';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(trademe);
