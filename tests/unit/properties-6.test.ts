// Property-based tests of the site adapters, part 6 of 6 (see properties.ts).
import { propertySuites } from './properties';

propertySuites(5, 6);
