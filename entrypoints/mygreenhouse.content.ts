import { mygreenhouse } from '@/lib/sites/mygreenhouse';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(mygreenhouse);
