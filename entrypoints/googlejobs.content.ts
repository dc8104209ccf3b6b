import { googlejobs } from '@/lib/sites/googlejobs';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(googlejobs);
