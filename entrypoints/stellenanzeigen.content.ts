import { stellenanzeigen } from '@/lib/sites/stellenanzeigen';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(stellenanzeigen);
