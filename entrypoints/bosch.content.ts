import { bosch } from '@/lib/sites/bosch';
import { jobsContentScript } from './jobs-content/run';

export default jobsContentScript(bosch);
