import { superjob } from '@/lib/sites/superjob';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(superjob);
