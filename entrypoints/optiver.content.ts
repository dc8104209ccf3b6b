import { optiver } from '@/lib/sites/optiver';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(optiver);
