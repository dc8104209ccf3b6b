import { elempleo } from '@/lib/sites/elempleo';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(elempleo);
