import { indeed } from '@/lib/sites/indeed';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(indeed);
