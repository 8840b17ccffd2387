import { renderTechnicalDetails, type Goal } from '@pm-widgets/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { SaveMessage } from './goal-saver.js';
import { statusText, type GoalTreeMessages } from './messages.js';
import { applyDraft } from './draft.js';
import type { DraftField, GoalDraft } from './types.js';

// ── the save message and the conflict view: part of the editing chunk (only an edit saves) ──

export interface SaveMessageActions {
  /** Conflict: show the other person's version, keep the edit. */
  onReload: () => void;
  /** Conflict: show the other person's version, drop the edit ("Use theirs"). */
  onDiscard: () => void;
  /** Conflict: apply the edit on top of the other person's version and save it ("Use mine"). */
  onUseMine?: () => void;
  onDismiss: () => void;
}

/** One field both people changed: what the reader typed and what is stored now. */
export interface ConflictRow {
  label: string;
  mine: string;
  theirs: string;
}

/**
 * The fields the reader's edit changes that differ from the other person's stored version: what a
 * conflict shows side by side, so both are readable before choosing.
 */
export function conflictRows(text: GoalTreeMessages, draft: GoalDraft | undefined, theirs: Goal, personName: (id: string) => string): ConflictRow[] {
  if (!draft || draft.goalId !== theirs.id) return [];
  const mine = applyDraft(theirs, draft);
  const percent = (p: number | undefined) => (p === undefined ? '–' : `${Math.round(p * 100)} %`);
  const show: Record<DraftField, [string, (g: Goal) => string]> = {
    title: [text.titleLabel, (g) => g.title],
    description: [text.descriptionLabel, (g) => g.description ?? ''],
    ownerId: [text.ownerLabel, (g) => (g.ownerId ? personName(g.ownerId) : '–')],
    status: [text.statusLabel, (g) => statusText(text, g.status)],
    progress: [text.progressLabel, (g) => percent(g.progress)],
    weight: [text.weightLabel, (g) => (g.weight === undefined ? '–' : String(g.weight))],
    startDate: [text.startLabel, (g) => g.startDate ?? '–'],
    dueDate: [text.dueLabel, (g) => g.dueDate ?? '–'],
    alignedTo: [text.alignedTo, (g) => (g.alignedTo ?? []).map((a) => a.goalId).join(', ') || '–'],
    keyResults: [text.krTitleLabel, (g) => (g.keyResults ?? []).map((kr) => kr.title).join(', ') || '–'],
  };
  const rows: ConflictRow[] = [];
  for (const field of draft.touched) {
    const [label, value] = show[field];
    const a = value(mine);
    const b = value(theirs);
    if (a !== b) rows.push({ label, mine: a, theirs: b });
  }
  return rows;
}

/** Saving and saved as a polite status; failures and conflicts as an alert with what to do. */
export function renderSaveMessage(
  text: GoalTreeMessages, message: SaveMessage | undefined, actions: SaveMessageActions, rows: readonly ConflictRow[] = [],
): TemplateResult {
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
      ${message.kind === 'conflict' && rows.length
        ? html`<table class="conflict" part="conflict">
            <thead><tr><td></td><th scope="col">${text.conflictMine}</th><th scope="col">${text.conflictTheirs}</th></tr></thead>
            <tbody>${rows.map((r) => html`<tr><th scope="row">${r.label}</th><td data-side="mine">${r.mine}</td><td data-side="theirs">${r.theirs}</td></tr>`)}</tbody>
          </table>`
        : nothing}
      ${message.kind === 'conflict'
        ? html`${actions.onUseMine
            ? html`<button class="button primary" type="button" part="use-mine" @click=${actions.onUseMine}>${text.useMine}</button>`
            : nothing}
          <button class="button" type="button" part="use-theirs" @click=${actions.onDiscard}>${text.discardEdit}</button>
          <button class="button" type="button" part="reload" @click=${actions.onReload}>${text.reloadKeepEdit}</button>`
        : html`<button class="button" type="button" @click=${actions.onDismiss}>${text.dismiss}</button>`}
    </div>`;
}
