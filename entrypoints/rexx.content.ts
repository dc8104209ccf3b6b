import { rexx } from '@/lib/sites/rexx';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(rexx);
