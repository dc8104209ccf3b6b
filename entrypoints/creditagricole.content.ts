import { creditagricole } from '@/lib/sites/creditagricole';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(creditagricole);
