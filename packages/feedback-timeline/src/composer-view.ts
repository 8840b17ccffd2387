import { html, nothing, type TemplateResult } from 'lit';
import type { FeedbackCatalogue, Visibility } from '@pm-widgets/core';
import { draftHasText, isSbiKind, SBI_LABEL } from './feedback-composer.js';
import { kindIcon } from './feedback-entry.js';
import { kindLabel, visibilityLabel, type FeedbackTimelineMessages } from './messages.js';
import { GIVEN_KINDS, SBI_FIELDS, VISIBILITIES, type ComposerDraft, type SbiField } from './types.js';

/**
 * The composer's form. Its own chunk: the element imports it only when it has `composer` (a
 * timeline that only shows feedback never loads it); the draft helpers are in feedback-composer.ts.
 */

const SBI_HELP: Record<SbiField, keyof FeedbackTimelineMessages> = {
  situation: 'sbiSituationHelp', behaviour: 'sbiBehaviourHelp', impact: 'sbiImpactHelp', next: 'sbiNextHelp',
};

export interface ComposerState {
  text: FeedbackTimelineMessages;
  draft: ComposerDraft;
  /** Writing to oneself: a private note, no kind or visibility choice. */
  self: boolean;
  /** Whom it goes to, by name. */
  toName: string;
  catalogue: FeedbackCatalogue | undefined;
  sending: boolean;
  bodyError: string | undefined;
  failure: string | undefined;
  status: string;
  onInput: (event: Event) => void;
  onTag: (event: Event) => void;
  onSubmit: (event: SubmitEvent) => void;
  onDiscard: () => void;
  onClose: () => void;
}

/** The composer: kind, the one box or the four SBI fields, tags from the catalogue, visibility. */
export function renderComposer(s: ComposerState): TemplateResult {
  const { text, draft } = s;
  const sbi = !s.self && isSbiKind(draft.kind);
  const heading = draft.requestId ? text.composerHeadingAnswer(s.toName) : s.self ? text.composerHeadingSelf : text.composerHeading(s.toName);
  const tagCount = draft.competencyIds.length + draft.values.length;
  const catalogue = s.catalogue;
  return html`<section class="composer" part="composer" aria-labelledby="composer-h">
    <div class="composer-top">
      <h2 id="composer-h" class="section-heading">${heading}</h2>
      <button class="link-button" type="button" part="composer-close" @click=${s.onClose}>${text.composerClose}</button>
    </div>
    ${draft.requestId && draft.question ? html`<p class="entry-question">${text.requestedAnswer(draft.question)}</p>` : nothing}
    <form class="composer-form" novalidate @submit=${s.onSubmit}>
      ${s.self
        ? nothing
        : html`<fieldset class="kinds" part="kinds">
            <legend>${text.kindLegend}</legend>
            <div class="kind-options">
              ${GIVEN_KINDS.map((kind) => html`<label class="kind-option ${draft.kind === kind ? 'checked' : ''}" data-kind=${kind}>
                <input type="radio" name="kind" data-field="kind" .value=${kind} .checked=${draft.kind === kind} ?disabled=${s.sending} @change=${s.onInput} />
                ${kindIcon(kind)}<span>${kindLabel(text, kind)}</span>
              </label>`)}
            </div>
          </fieldset>`}
      ${sbi
        ? html`<p class="hint sbi-intro" part="sbi-guidance">${text.sbiIntro}</p>
            <div class="sbi" part="sbi">
              ${SBI_FIELDS.map((field) => html`<div class="pm-field">
                <label class="label" for="sbi-${field}">${text[SBI_LABEL[field]] as string}</label>
                <span class="hint" id="sbi-${field}-help">${text[SBI_HELP[field]] as string}</span>
                <textarea id="sbi-${field}" rows="2" data-field="sbi" data-sbi=${field} maxlength="1200"
                  aria-describedby="sbi-${field}-help ${s.bodyError ? 'body-error' : ''}" aria-invalid=${s.bodyError ? 'true' : 'false'}
                  .value=${draft.sbi[field]} ?disabled=${s.sending} @input=${s.onInput}></textarea>
              </div>`)}
            </div>`
        : html`<div class="pm-field">
            <label class="label" for="body">${s.self ? text.bodyNote : text.body}</label>
            <span class="hint" id="body-help">${s.self ? text.bodyHelpNote : text.bodyHelpPraise}</span>
            <textarea id="body" rows="4" data-field="body" maxlength="5000" aria-describedby="body-help ${s.bodyError ? 'body-error' : ''}"
              aria-invalid=${s.bodyError ? 'true' : 'false'} .value=${draft.body} ?disabled=${s.sending} @input=${s.onInput}></textarea>
          </div>`}
      ${s.bodyError ? html`<p class="field-error" id="body-error" part="error-message">${s.bodyError}</p>` : nothing}
      <div class="composer-options">
        ${catalogue && (catalogue.competencies.length || catalogue.values.length)
          ? html`<details class="tag-picker" part="tag-picker">
              <summary>${text.tagsSummary(tagCount)}</summary>
              ${catalogue.competencies.length
                ? html`<fieldset><legend>${text.competencies}</legend><div class="pm-cluster">
                    ${catalogue.competencies.map((c) => html`<label class="check"><input type="checkbox" data-tag="competency" .value=${c.id}
                      .checked=${draft.competencyIds.includes(c.id)} ?disabled=${s.sending} @change=${s.onTag} />${c.name}</label>`)}
                  </div></fieldset>`
                : nothing}
              ${catalogue.values.length
                ? html`<fieldset><legend>${text.values}</legend><div class="pm-cluster">
                    ${catalogue.values.map((v) => html`<label class="check"><input type="checkbox" data-tag="value" .value=${v}
                      .checked=${draft.values.includes(v)} ?disabled=${s.sending} @change=${s.onTag} />${v}</label>`)}
                  </div></fieldset>`
                : nothing}
            </details>`
          : nothing}
        ${s.self
          ? nothing
          : html`<label class="visibility-pick">${text.visibility}
              <select data-field="visibility" ?disabled=${s.sending} @change=${s.onInput}>
                ${VISIBILITIES.map((v: Visibility) => html`<option .value=${v} ?selected=${draft.visibility === v}>${visibilityLabel(text, v)}</option>`)}
              </select>
            </label>`}
      </div>
      ${s.failure ? html`<p class="give-error" role="alert" part="give-error">${s.failure}</p>` : nothing}
      <div class="composer-actions">
        <span class="status" role="status" part="status">${s.status}</span>
        ${draftHasText(draft) && !s.sending
          ? html`<button class="button" type="button" @click=${s.onDiscard}>${text.discard}</button>`
          : nothing}
        <button class="button primary" type="submit" part="give" ?disabled=${s.sending}>
          ${s.sending ? text.giving : s.self ? text.saveNote : text.give}
        </button>
      </div>
    </form>
  </section>`;
}
