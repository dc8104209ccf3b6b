import { airbnb } from '@/lib/sites/airbnb';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(airbnb);
