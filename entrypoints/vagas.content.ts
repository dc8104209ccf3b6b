import { vagas } from '@/lib/sites/vagas';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(vagas);
