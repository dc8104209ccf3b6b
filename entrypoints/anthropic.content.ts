import { anthropic } from '@/lib/sites/anthropic';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(anthropic);
