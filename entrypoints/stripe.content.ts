import { stripe } from '@/lib/sites/stripe';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(stripe);
