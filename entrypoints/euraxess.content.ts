import { euraxess } from '@/lib/sites/euraxess';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(euraxess);
