import { welcometothejungle } from '@/lib/sites/welcometothejungle';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(welcometothejungle);
