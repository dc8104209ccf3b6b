import { hipo } from '@/lib/sites/hipo';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(hipo);
