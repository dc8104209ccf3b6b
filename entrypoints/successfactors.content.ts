import { successfactors } from '@/lib/sites/successfactors';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(successfactors);
