import { zalando } from '@/lib/sites/zalando';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(zalando);
