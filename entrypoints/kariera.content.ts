import { kariera } from '@/lib/sites/kariera';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(kariera);
