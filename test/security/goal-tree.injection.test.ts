import '@pm-widgets/goal-tree/pm-goal-tree.js';
import { goalTree } from './cases.js';
import { runInjectionSuite } from './injection.suite.js';

runInjectionSuite(goalTree);
