import { linkedin } from '@/lib/sites/linkedin';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(linkedin);
