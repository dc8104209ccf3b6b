import { recruitee } from '@/lib/sites/recruitee';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(recruitee);
