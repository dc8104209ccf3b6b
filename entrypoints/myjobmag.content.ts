import { myjobmag } from '@/lib/sites/myjobmag';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(myjobmag);
