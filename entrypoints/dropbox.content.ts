import { dropbox } from '@/lib/sites/dropbox';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(dropbox);
