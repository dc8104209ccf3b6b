import { janestreet } from '@/lib/sites/janestreet';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(janestreet);
