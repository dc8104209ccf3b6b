import { reed } from '@/lib/sites/reed';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(reed);
