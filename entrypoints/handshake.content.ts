import { handshake } from '@/lib/sites/handshake';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(handshake);
