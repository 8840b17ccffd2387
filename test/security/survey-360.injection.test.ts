import '@pm-widgets/survey-360/pm-survey-360.js';
import { survey } from './cases.js';
import { runInjectionSuite } from './injection.suite.js';

runInjectionSuite(survey);
