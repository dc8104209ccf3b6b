import { catsone } from '@/lib/sites/catsone';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(catsone);
