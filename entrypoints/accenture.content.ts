import { accenture } from '@/lib/sites/accenture';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(accenture);
