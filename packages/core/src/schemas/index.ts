export * from './common.js';
export * from './person.js';
export * from './goal.js';
export * from './question.js';
export * from './check-in.js';
export * from './survey.js';
export * from './feedback.js';
export * from './competency.js';
// Words zod issues (what the schemas above report) for people: with the schemas, not in the widgets' api.
export { describeIssues, formatPath } from '../validation-messages.js';
