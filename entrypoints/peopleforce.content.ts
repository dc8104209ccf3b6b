import { peopleforce } from '@/lib/sites/peopleforce';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(peopleforce);
