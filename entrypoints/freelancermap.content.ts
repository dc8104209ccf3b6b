import { freelancermap } from '@/lib/sites/freelancermap';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(freelancermap);
