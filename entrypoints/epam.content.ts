import { epam } from '@/lib/sites/epam';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(epam);
