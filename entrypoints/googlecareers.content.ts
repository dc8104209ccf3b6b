import { googlecareers } from '@/lib/sites/googlecareers';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(googlecareers);
