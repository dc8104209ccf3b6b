import { microsoft } from '@/lib/sites/microsoft';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(microsoft);
