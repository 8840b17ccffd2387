export { PmCheckIn } from './check-in.js';
export { AutosaveController, type AutosaveOptions, type DeviceDraft } from '@pm-widgets/core/drafts';
export { PmCheckInReplyEvent, PmCheckInSaveEvent, PmCheckInSubmitEvent } from './events.js';
export { checkInMessages } from './messages-complete.js';
export type { CheckInMessages } from './messages.js';
export * from './types.js';
