import { efinancialcareers } from '@/lib/sites/efinancialcareers';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(efinancialcareers);
