import { jumpTrading } from '@/lib/sites/jumptrading';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(jumpTrading);
