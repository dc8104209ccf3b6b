import { landingjobs } from '@/lib/sites/landingjobs';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(landingjobs);
