import { talent } from '@/lib/sites/talent';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(talent);
