// Property-based tests of the site adapters, part 3 of 6 (see properties.ts).
import { propertySuites } from './properties';

propertySuites(2, 6);
