import { infostud } from '@/lib/sites/infostud';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(infostud);
