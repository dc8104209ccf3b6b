import { kpmg } from '@/lib/sites/kpmg';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(kpmg);
