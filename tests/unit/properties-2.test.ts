// Property-based tests of the site adapters, part 2 of 2 (see properties.ts).
import { propertySuites } from './properties';

propertySuites(1, 2);
