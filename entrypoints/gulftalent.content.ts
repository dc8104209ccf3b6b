import { gulftalent } from '@/lib/sites/gulftalent';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(gulftalent);
