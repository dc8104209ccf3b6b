import { bamboohr } from '@/lib/sites/bamboohr';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(bamboohr);
