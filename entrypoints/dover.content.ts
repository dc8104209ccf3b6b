import { dover } from '@/lib/sites/dover';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(dover);
