import { ziprecruiter } from '@/lib/sites/ziprecruiter';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(ziprecruiter);
