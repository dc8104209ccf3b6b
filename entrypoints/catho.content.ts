import { catho } from '@/lib/sites/catho';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(catho);
