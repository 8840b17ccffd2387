import { html, nothing, type TemplateResult } from 'lit';
import type { CoreMessages } from '../messages.js';

export interface OutboxNoticeState {
  /** This widget's write is waiting in the outbox. */
  queued: boolean;
  /** How many writes wait for this backend (shown in the notice). */
  waiting: number;
  /** The browser gives the page no storage (private mode): the warning is shown too. */
  storageUnavailable: boolean;
}

/**
 * "Saved on this device — will be sent when you're back online (n waiting)", as a polite status,
 * with a warning when this browser gives the page no storage (closing the tab would lose it).
 * Part `outbox`; the warning is part `outbox-warning`.
 */
export function renderOutboxNotice(text: CoreMessages, state: OutboxNoticeState): TemplateResult | typeof nothing {
  if (!state.queued) return nothing;
  return html`<div class="outbox" part="outbox" role="status">
    <p>${text.outboxWaiting(Math.max(1, state.waiting))}</p>
    ${!state.storageUnavailable ? nothing : html`<p class="outbox-warning" part="outbox-warning">${text.outboxMemoryOnly}</p>`}
  </div>`;
}
