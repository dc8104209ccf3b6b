import { dou } from '@/lib/sites/dou';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(dou);
