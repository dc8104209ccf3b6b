import { gem } from '@/lib/sites/gem';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(gem);
