import { imc } from '@/lib/sites/imc';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(imc);
