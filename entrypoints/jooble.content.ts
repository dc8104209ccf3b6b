import { jooble } from '@/lib/sites/jooble';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(jooble);
