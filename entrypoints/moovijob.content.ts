import { moovijob } from '@/lib/sites/moovijob';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(moovijob);
