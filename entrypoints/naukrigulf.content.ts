import { naukrigulf } from '@/lib/sites/naukrigulf';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(naukrigulf);
