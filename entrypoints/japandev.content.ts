import { japandev } from '@/lib/sites/japandev';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(japandev);
