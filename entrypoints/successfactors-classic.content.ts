import { successfactorsClassic } from '@/lib/sites/successfactors-classic';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(successfactorsClassic);
