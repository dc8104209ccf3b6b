import { deshaw } from '@/lib/sites/deshaw';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(deshaw);
