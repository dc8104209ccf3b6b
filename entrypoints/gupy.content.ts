import { gupy } from '@/lib/sites/gupy';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(gupy);
