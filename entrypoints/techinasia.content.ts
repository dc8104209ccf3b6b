import { techinasia } from '@/lib/sites/techinasia';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(techinasia);
