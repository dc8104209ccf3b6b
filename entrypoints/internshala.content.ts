import { internshala } from '@/lib/sites/internshala';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(internshala);
