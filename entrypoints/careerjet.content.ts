import { careerjet } from '@/lib/sites/careerjet';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(careerjet);
