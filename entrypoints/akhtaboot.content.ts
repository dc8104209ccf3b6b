import { akhtaboot } from '@/lib/sites/akhtaboot';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(akhtaboot);
