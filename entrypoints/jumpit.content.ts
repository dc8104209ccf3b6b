import { jumpit } from '@/lib/sites/jumpit';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(jumpit);
