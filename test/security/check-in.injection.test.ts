import '@pm-widgets/check-in/pm-check-in.js';
import { checkIn } from './cases.js';
import { runInjectionSuite } from './injection.suite.js';

runInjectionSuite(checkIn);
