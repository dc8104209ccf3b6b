// Property-based tests of the site adapters, part 1 of 6 (see properties.ts).
import { propertySuites } from './properties';

propertySuites(0, 6);
