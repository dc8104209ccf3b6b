import { idealist } from '@/lib/sites/idealist';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(idealist);
