import { rabotaru } from '@/lib/sites/rabotaru';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(rabotaru);
