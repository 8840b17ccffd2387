export * from './rollup.js';
export * from './pace.js';
export * from './goal-structure.js';
export * from './anonymity.js';
export * from './permissions.js';
