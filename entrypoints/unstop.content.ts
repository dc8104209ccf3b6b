import { unstop } from '@/lib/sites/unstop';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(unstop);
