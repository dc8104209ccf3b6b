import { cvonline } from '@/lib/sites/cvonline';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(cvonline);
