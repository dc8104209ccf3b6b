import { breezy } from '@/lib/sites/breezy';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(breezy);
