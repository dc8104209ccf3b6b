import { arbeitnow } from '@/lib/sites/arbeitnow';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(arbeitnow);
