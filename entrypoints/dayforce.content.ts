import { dayforce } from '@/lib/sites/dayforce';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(dayforce);
