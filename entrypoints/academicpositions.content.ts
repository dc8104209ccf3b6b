import { academicpositions } from '@/lib/sites/academicpositions';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(academicpositions);
