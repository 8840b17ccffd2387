import { html, nothing, type TemplateResult } from 'lit';
import { renderAvatar, safeHttpUrl, type FeedbackCatalogue } from '@pm-widgets/core';
import { kindLabel, visibilityLabel, type FeedbackTimelineMessages } from './messages.js';
import { COLLAPSE_CHARS, COLLAPSE_LINES, type FeedEntry } from './types.js';

/** What an item needs from the timeline to render. */
export interface EntryContext {
  text: FeedbackTimelineMessages;
  locale: string;
  now: number;
  /** The person whose timeline this is (a note by them to them is a private note). */
  personId: string | undefined;
  catalogue: FeedbackCatalogue | undefined;
  competencyNames: ReadonlyMap<string, string>;
  setSize: number;
  activeIndex: number;
  expanded: ReadonlySet<string>;
  onToggle: (event: Event) => void;
}

/** Small inline icons, one per kind (decorative: the word is always beside them). */
const ICONS: Record<string, TemplateResult> = {
  praise: html`<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M8 1.5l1.9 4 4.4.5-3.3 3 .9 4.4L8 11.2l-3.9 2.2.9-4.4-3.3-3 4.4-.5z"/></svg>`,
  recognition: html`<svg viewBox="0 0 16 16" aria-hidden="true"><circle cx="8" cy="6" r="4.2"/><path d="M5.2 9.4L4 15l4-2 4 2-1.2-5.6"/></svg>`,
  constructive: html`<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M2 13.5V11l7.5-7.5 2.5 2.5L4.5 13.5zM10.5 2.5l1-1 3 3-1 1z"/></svg>`,
  coaching: html`<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M2 3h12v8H7l-3 3v-3H2z"/></svg>`,
  note: html`<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M3 1.5h7l3 3v10H3z M10 1.5v3h3"/></svg>`,
  other: html`<svg viewBox="0 0 16 16" aria-hidden="true"><circle cx="8" cy="8" r="5.5"/></svg>`,
};

const VISIBILITY_ICONS: Record<string, TemplateResult> = {
  public: html`<svg viewBox="0 0 16 16" aria-hidden="true"><circle cx="8" cy="8" r="6"/><path d="M2 8h12M8 2c2 2 2 10 0 12M8 2c-2 2-2 10 0 12"/></svg>`,
  private: html`<svg viewBox="0 0 16 16" aria-hidden="true"><rect x="3" y="7" width="10" height="7" rx="1"/><path d="M5 7V5a3 3 0 016 0v2"/></svg>`,
  manager: html`<svg viewBox="0 0 16 16" aria-hidden="true"><circle cx="8" cy="5" r="2.5"/><path d="M3 14c0-3 2.2-5 5-5s5 2 5 5"/></svg>`,
};

export const kindIcon = (kind: string): TemplateResult => ICONS[kind] ?? ICONS['other']!;
export const knownKind = (kind: string): string => (kind in ICONS && kind !== 'other' ? kind : 'other');

/** True when a body is long enough to start collapsed. */
export function isLong(body: string): boolean {
  if (body.length > COLLAPSE_CHARS) return true;
  let lines = 1;
  for (let i = body.indexOf('\n'); i !== -1; i = body.indexOf('\n', i + 1)) if (++lines > COLLAPSE_LINES) return true;
  return false;
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000], ['month', 30 * 86_400_000], ['week', 7 * 86_400_000], ['day', 86_400_000],
  ['hour', 3_600_000], ['minute', 60_000],
];

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
const absoluteFormats = new Map<string, Intl.DateTimeFormat>();

/** "3 days ago", in the reader's language. */
export function relativeTime(locale: string, time: number, now: number): string {
  let format = relativeFormats.get(locale);
  if (!format) relativeFormats.set(locale, (format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })));
  const diff = time - now;
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) >= ms) return format.format(Math.round(diff / ms), unit);
  }
  return format.format(0, 'minute');
}

/** "12 Mar 2026, 14:05", in the reader's language and time zone. */
export function absoluteTime(locale: string, time: number): string {
  let format = absoluteFormats.get(locale);
  if (!format) absoluteFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })));
  return format.format(time);
}

/** One feedback item as an APG feed `article`. */
export function renderEntry(item: FeedEntry, index: number, ctx: EntryContext): TemplateResult {
  const { text } = ctx;
  const kind = knownKind(String(item.kind));
  const time = Date.parse(item.createdAt);
  const self = !!item.from && item.from.id === item.toId;
  const giver = item.from && !self ? String(item.from.name) : self ? text.privateNote : text.anonymous;
  // Items given through `.items` are not validated (for speed): read every field defensively.
  const body = typeof item.body === 'string' ? item.body.trim() : '';
  const link = safeHttpUrl(typeof item.link === 'string' ? item.link : undefined);
  const competencyIds = Array.isArray(item.competencyIds) ? item.competencyIds.map(String) : [];
  const values = Array.isArray(item.values) ? item.values.map(String) : [];
  const long = isLong(body);
  const open = ctx.expanded.has(item.id);
  const headingId = `h-${index}`;
  const tags = [
    ...competencyIds.map((id) => ({ label: ctx.competencyNames.get(id) ?? id, known: ctx.competencyNames.has(id) || !ctx.catalogue })),
    ...values.map((value) => ({ label: value, known: !ctx.catalogue || ctx.catalogue.values.includes(value) })),
  ];
  return html`<article
    class="entry"
    part="item"
    data-kind=${kind}
    data-index=${index}
    data-id=${item.id}
    tabindex=${index === ctx.activeIndex ? 0 : -1}
    aria-posinset=${index + 1}
    aria-setsize=${ctx.setSize}
    aria-labelledby=${headingId}
    aria-busy=${item.pending ? 'true' : 'false'}
  >
    <header class="entry-head">
      ${item.from && !self
        ? renderAvatar(item.from)
        : html`<span class="pm-avatar entry-avatar-none" aria-hidden="true">${self ? kindIcon('note') : '?'}</span>`}
      <div class="entry-title">
        <h3 id=${headingId} class="entry-heading">
          <span class="kind" part="kind" data-kind=${kind}>${kindIcon(kind)}<span>${kindLabel(text, item.kind)}</span></span>
          <span class="from" part="giver">${giver}</span>
        </h3>
        <p class="entry-meta">
          ${Number.isFinite(time)
            ? html`<time datetime=${item.createdAt}>${relativeTime(ctx.locale, time, ctx.now)}<span class="absolute"> · ${absoluteTime(ctx.locale, time)}</span></time>`
            : nothing}
          <span class="visibility" part="visibility">${VISIBILITY_ICONS[item.visibility]}<span class="visually-hidden">${text.visibilityLabel}: </span>${visibilityLabel(text, item.visibility)}</span>
          ${item.pending ? html`<span class="pm-pill" data-tone="accent">${text.sending}</span>` : nothing}
        </p>
      </div>
      ${item.requested
        ? html`<span class="pm-pill requested" part="requested" data-tone="accent" title=${item.question ? text.requestedAnswer(item.question) : nothing}
            >${text.requested}</span>`
        : nothing}
    </header>
    ${item.requested && item.question
      ? html`<p class="entry-question" part="question">${text.requestedAnswer(item.question)}</p>`
      : nothing}
    <div class="entry-body ${long && !open ? 'collapsed' : ''}" part="body" id="b-${index}">${body || html`<em>${text.emptyBody}</em>`}</div>
    ${long
      ? html`<button class="link-button more" part="show-more" type="button" data-id=${item.id} aria-expanded=${open ? 'true' : 'false'}
          aria-controls="b-${index}" @click=${ctx.onToggle}>${open ? text.showLess : text.showMore}</button>`
      : nothing}
    ${tags.length || link
      ? html`<div class="entry-tags pm-cluster" part="tags">
          ${tags.length
            ? html`<ul class="tags" aria-label=${text.tagsLabel}>
                ${tags.map((t) => html`<li class="tag ${t.known ? '' : 'unknown'}" part="tag">${t.label}</li>`)}
              </ul>`
            : nothing}
          ${link
            ? html`<a class="entry-link" href=${link} target="_blank" rel="noopener noreferrer">${text.link}</a>`
            : nothing}
        </div>`
      : nothing}
  </article>`;
}
