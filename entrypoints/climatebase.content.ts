import { climatebase } from '@/lib/sites/climatebase';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(climatebase);
