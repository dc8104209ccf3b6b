import { himalayas } from '@/lib/sites/himalayas';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(himalayas);
