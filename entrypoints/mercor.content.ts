import { mercor } from '@/lib/sites/mercor';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(mercor);
