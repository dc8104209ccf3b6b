import { zohorecruit } from '@/lib/sites/zohorecruit';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(zohorecruit);
