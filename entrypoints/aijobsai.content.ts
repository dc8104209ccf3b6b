import { aijobsai } from '@/lib/sites/aijobsai';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(aijobsai);
