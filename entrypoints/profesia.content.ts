import { profesia } from '@/lib/sites/profesia';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(profesia);
