import { cadremploi } from '@/lib/sites/cadremploi';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(cadremploi);
