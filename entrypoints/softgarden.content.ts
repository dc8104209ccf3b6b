import { softgarden } from '@/lib/sites/softgarden';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(softgarden);
