import { ladders } from '@/lib/sites/ladders';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(ladders);
