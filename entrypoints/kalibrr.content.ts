import { kalibrr } from '@/lib/sites/kalibrr';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(kalibrr);
