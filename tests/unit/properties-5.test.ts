// Property-based tests of the site adapters, part 5 of 6 (see properties.ts).
import { propertySuites } from './properties';

propertySuites(4, 6);
