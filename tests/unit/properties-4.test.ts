// Property-based tests of the site adapters, part 4 of 6 (see properties.ts).
import { propertySuites } from './properties';

propertySuites(3, 6);
