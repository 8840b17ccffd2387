import '@pm-widgets/competency-radar/pm-competency-radar.js';
import { competencyRadar } from './cases.js';
import { runInjectionSuite } from './injection.suite.js';

runInjectionSuite(competencyRadar);
