import { workingnomads } from '@/lib/sites/workingnomads';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(workingnomads);
