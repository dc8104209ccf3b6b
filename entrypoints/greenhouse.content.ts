import { greenhouse } from '@/lib/sites/greenhouse';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(greenhouse);
