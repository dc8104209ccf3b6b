import { comeet } from '@/lib/sites/comeet';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(comeet);
