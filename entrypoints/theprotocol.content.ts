import { theprotocol } from '@/lib/sites/theprotocol';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(theprotocol);
