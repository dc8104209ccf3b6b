import { jobillico } from '@/lib/sites/jobillico';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(jobillico);
