export * from './common.js';
export * from './person.js';
export * from './goal.js';
export * from './question.js';
export * from './check-in.js';
export * from './survey.js';
export * from './feedback.js';
export * from './competency.js';
