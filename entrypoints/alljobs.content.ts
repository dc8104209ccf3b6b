import { alljobs } from '@/lib/sites/alljobs';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(alljobs);
