import { cutshort } from '@/lib/sites/cutshort';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(cutshort);
