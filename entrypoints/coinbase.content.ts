import { coinbase } from '@/lib/sites/coinbase';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(coinbase);
