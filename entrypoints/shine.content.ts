import { shine } from '@/lib/sites/shine';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(shine);
