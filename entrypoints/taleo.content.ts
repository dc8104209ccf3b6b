import { taleo } from '@/lib/sites/taleo';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(taleo);
