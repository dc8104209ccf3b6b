import { careerbuilder } from '@/lib/sites/careerbuilder';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(careerbuilder);
