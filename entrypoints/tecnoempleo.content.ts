import { tecnoempleo } from '@/lib/sites/tecnoempleo';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(tecnoempleo);
