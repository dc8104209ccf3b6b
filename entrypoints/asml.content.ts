import { asml } from '@/lib/sites/asml';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(asml);
