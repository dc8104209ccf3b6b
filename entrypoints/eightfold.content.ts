import { eightfold } from '@/lib/sites/eightfold';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(eightfold);
