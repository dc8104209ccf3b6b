import { hiringcafe } from '@/lib/sites/hiringcafe';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(hiringcafe);
