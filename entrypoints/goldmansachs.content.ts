import { goldmanSachs } from '@/lib/sites/goldmansachs';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(goldmanSachs);
