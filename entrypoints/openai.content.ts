import { openai } from '@/lib/sites/openai';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(openai);
