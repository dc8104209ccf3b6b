import { societegenerale } from '@/lib/sites/societegenerale';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(societegenerale);
