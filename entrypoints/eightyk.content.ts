import { eightyk } from '@/lib/sites/eightyk';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(eightyk);
