import { jazzhr } from '@/lib/sites/jazzhr';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(jazzhr);
