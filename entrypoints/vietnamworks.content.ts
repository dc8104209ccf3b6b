import { vietnamworks } from '@/lib/sites/vietnamworks';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(vietnamworks);
