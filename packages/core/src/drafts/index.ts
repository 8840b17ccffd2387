/**
 * `@pm-widgets/core/drafts`: the one draft-and-submit mechanism every widget uses for "never lose a
 * word" (AutosaveController: device copy written synchronously, debounced backend save, save on
 * page hide and on `online`, backoff) and "exactly once" (SubmissionController: one idempotency key
 * per submission across retries and reloads, kept beside the device copy; writes that cannot be
 * sent now wait in the outbox, whose code is fetched on demand).
 */
export {
  AutosaveController, SAVE_STATES, type AutosaveOptions, type DeviceDraft, type KeyStore, type SaveState,
} from './autosave-controller.js';
export { MAX_SUBMIT_RETRIES, SubmissionController, newIdempotencyKey, type SubmissionOptions } from './submission-controller.js';
export { isAnswered, isBlank } from './answers.js';
// The outbox is loaded on demand: this entry has its types, the handle (`lazyOutboxFor`) and
// `loadOutbox()`, which resolves to the module with `Outbox`, `outboxFor`, `openOutboxStorage` and
// `memoryOutboxStorage`.
export {
  LazyOutbox, OUTBOX_METHODS, isQueueable, lazyOutboxFor, loadOutbox, outboxMayBeWaiting, outboxScope,
  type OutboxEntry, type OutboxEvent, type OutboxMethod, type OutboxModule, type OutboxOptions, type OutboxPort, type OutboxStorage,
} from './outbox-lazy.js';
export type { Outbox } from './outbox.js';
export { renderOutboxNotice, type OutboxNoticeState } from './outbox-notice.js';
