import { adzuna } from '@/lib/sites/adzuna';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(adzuna);
