import { hrmanager } from '@/lib/sites/hrmanager';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(hrmanager);
