import { novartis } from '@/lib/sites/novartis';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(novartis);
