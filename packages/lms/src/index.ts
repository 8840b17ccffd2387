export { findScormApi, formatSessionTime, ScormSession, SUSPEND_LIMIT, type LmsProblem, type ScormVersion } from './scorm.js';
export { Cmi5Error, Cmi5Session, parseCmi5Launch, CMI5_CATEGORY, MOVEON_CATEGORY, SESSION_EXTENSION, VERBS, type Cmi5Launch, type Cmi5LaunchData, type Cmi5Verb } from './cmi5.js';
export { suspendStore, withSuspendDrafts, type SuspendStore } from './drafts.js';
export type { LmsConfig } from './config.js';
