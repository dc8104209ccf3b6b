import { mckinsey } from '@/lib/sites/mckinsey';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(mckinsey);
