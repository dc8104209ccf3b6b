// Property-based tests of the site adapters, part 1 of 3 (see properties.ts).
import { propertySuites } from './properties';

propertySuites(0, 3);
