import { glassdoor } from '@/lib/sites/glassdoor';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(glassdoor);
