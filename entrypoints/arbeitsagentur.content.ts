import { arbeitsagentur } from '@/lib/sites/arbeitsagentur';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(arbeitsagentur);
