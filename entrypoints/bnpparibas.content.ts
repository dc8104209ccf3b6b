import { bnpparibas } from '@/lib/sites/bnpparibas';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(bnpparibas);
