import { stepstone } from '@/lib/sites/stepstone';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(stepstone);
