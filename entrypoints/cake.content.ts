import { cake } from '@/lib/sites/cake';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(cake);
