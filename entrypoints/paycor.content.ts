import { paycor } from '@/lib/sites/paycor';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(paycor);
