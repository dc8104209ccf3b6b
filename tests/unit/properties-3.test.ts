// Property-based tests of the site adapters, part 3 of 4 (see properties.ts).
import { propertySuites } from './properties';

propertySuites(2, 4);
