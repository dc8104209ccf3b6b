// Property-based tests of the site adapters, part 1 of 4 (see properties.ts).
import { propertySuites } from './properties';

propertySuites(0, 4);
