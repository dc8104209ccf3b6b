import { findaphd } from '@/lib/sites/findaphd';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(findaphd);
