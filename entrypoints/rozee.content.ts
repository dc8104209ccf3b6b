import { rozee } from '@/lib/sites/rozee';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(rozee);
