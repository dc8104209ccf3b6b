import { freework } from '@/lib/sites/freework';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(freework);
