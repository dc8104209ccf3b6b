import { salesforce } from '@/lib/sites/salesforce';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(salesforce);
