import { ejobs } from '@/lib/sites/ejobs';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(ejobs);
