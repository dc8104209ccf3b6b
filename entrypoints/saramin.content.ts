import { saramin } from '@/lib/sites/saramin';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(saramin);
