import { drw } from '@/lib/sites/drw';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(drw);
