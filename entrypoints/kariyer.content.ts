import { kariyer } from '@/lib/sites/kariyer';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(kariyer);
