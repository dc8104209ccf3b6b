import { getonbrd } from '@/lib/sites/getonbrd';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(getonbrd);
