import { attrax } from '@/lib/sites/attrax';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(attrax);
