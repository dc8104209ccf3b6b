import { polymer } from '@/lib/sites/polymer';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(polymer);
