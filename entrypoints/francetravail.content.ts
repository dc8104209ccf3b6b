import { francetravail } from '@/lib/sites/francetravail';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(francetravail);
