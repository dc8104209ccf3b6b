import { careerjunction } from '@/lib/sites/careerjunction';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(careerjunction);
