import { renderTechnicalDetails } from '@pm-widgets/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { SaveMessage } from './goal-saver.js';
import type { GoalTreeMessages } from './messages.js';

// ── the save message ───────────────────────────────────────────────────────

export interface SaveMessageActions {
  /** Conflict: show the other person's version, keep the edit. */
  onReload: () => void;
  /** Conflict: show the other person's version, drop the edit. */
  onDiscard: () => void;
  onDismiss: () => void;
}

/** Saving and saved as a polite status; failures and conflicts as an alert with what to do. */
export function renderSaveMessage(text: GoalTreeMessages, message: SaveMessage | undefined, actions: SaveMessageActions): TemplateResult {
  if (!message) return html`<div part="message" role="status"></div>`;
  if (message.kind === 'saving' || message.kind === 'saved') {
    return html`<div part="message" role="status" class="save-status" data-kind=${message.kind}>
      <span class="muted">${message.kind === 'saved' ? html`<span aria-hidden="true">✓ </span>` : nothing}${message.text}</span>
      ${message.kind === 'saved' && message.note ? html`<span class="effect" part="save-effect">${message.note}</span>` : nothing}
    </div>`;
  }
  return html`<div class="message" part="message" role="alert" data-kind=${message.kind}>
      <p>${message.text}</p>
      ${'failure' in message && message.failure ? renderTechnicalDetails(message.failure.error, message.failure.messages) : nothing}
      ${message.kind === 'conflict'
        ? html`<button class="button primary" type="button" part="reload" @click=${actions.onReload}>${text.reloadKeepEdit}</button>
          <button class="button" type="button" @click=${actions.onDiscard}>${text.discardEdit}</button>`
        : html`<button class="button" type="button" @click=${actions.onDismiss}>${text.dismiss}</button>`}
    </div>`;
}
