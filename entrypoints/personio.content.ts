import { personio } from '@/lib/sites/personio';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(personio);
