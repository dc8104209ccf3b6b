import { academicjobsonline } from '@/lib/sites/academicjobsonline';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(academicjobsonline);
