import { spotify } from '@/lib/sites/spotify';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(spotify);
