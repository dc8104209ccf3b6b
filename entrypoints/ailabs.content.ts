import { aiLabs } from '@/lib/sites/ai-labs';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(aiLabs);
