import { cvlibrary } from '@/lib/sites/cvlibrary';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(cvlibrary);
