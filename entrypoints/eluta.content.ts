import { eluta } from '@/lib/sites/eluta';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(eluta);
