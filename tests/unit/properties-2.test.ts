// Property-based tests of the site adapters, part 2 of 6 (see properties.ts).
import { propertySuites } from './properties';

propertySuites(1, 6);
