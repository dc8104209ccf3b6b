import { nationalevacaturebank } from '@/lib/sites/nationalevacaturebank';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(nationalevacaturebank);
