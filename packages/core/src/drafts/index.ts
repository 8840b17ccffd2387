/**
 * `@pm-widgets/core/drafts`: the one draft-and-submit mechanism every widget uses for "never lose a
 * word" (AutosaveController: device copy written synchronously, debounced backend save, save on
 * page hide and on `online`, backoff) and "exactly once" (SubmissionController: one idempotency key
 * per submission across retries and reloads, kept beside the device copy).
 */
export {
  AutosaveController, SAVE_STATES, type AutosaveOptions, type DeviceDraft, type KeyStore, type SaveState,
} from './autosave-controller.js';
export { MAX_SUBMIT_RETRIES, SubmissionController, newIdempotencyKey, type SubmissionOptions } from './submission-controller.js';
export { isAnswered, isBlank } from './answers.js';
export {
  OUTBOX_METHODS, Outbox, isQueueable, memoryOutboxStorage, openOutboxStorage, outboxFor, outboxScope,
  type OutboxEntry, type OutboxEvent, type OutboxMethod, type OutboxOptions, type OutboxPort, type OutboxStorage,
} from './outbox.js';
export { renderOutboxNotice, type OutboxNoticeState } from './outbox-notice.js';
