import { amazon } from '@/lib/sites/amazon';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(amazon);
