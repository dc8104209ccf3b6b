import { dice } from '@/lib/sites/dice';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(dice);
