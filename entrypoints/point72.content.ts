import { point72 } from '@/lib/sites/point72';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(point72);
