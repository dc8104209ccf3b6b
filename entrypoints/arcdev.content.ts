import { arcdev } from '@/lib/sites/arcdev';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(arcdev);
