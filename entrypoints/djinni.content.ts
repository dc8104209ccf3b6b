import { djinni } from '@/lib/sites/djinni';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(djinni);
