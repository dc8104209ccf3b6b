// Property-based tests of the site adapters, part 2 of 3 (see properties.ts).
import { propertySuites } from './properties';

propertySuites(1, 3);
