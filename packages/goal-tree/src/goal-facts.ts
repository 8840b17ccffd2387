import { formatDate, renderAvatar, renderMeter, statusTone, type Goal, type Person } from '@pm-widgets/core';
import type { PaceState, PaceThresholds } from '@pm-widgets/core/rules';
import { html, type TemplateResult } from 'lit';
import type { GoalTreeModel } from './goal-tree-model.js';
import { paceText, statusText, type GoalTreeMessages } from './messages.js';
import { PACE_ICONS, STATUS_ICONS } from './types.js';

/** What the goal templates (rows and details) need from the element, gathered once per render. */
export interface GoalView {
  text: GoalTreeMessages;
  locale: string;
  model: GoalTreeModel;
  /** "Today" for pace. */
  now: Date;
  paceThresholds: Partial<PaceThresholds>;
  /** People whose avatar failed to load: their initials are shown instead. */
  brokenAvatars: ReadonlySet<string>;
  /** For an avatar `<img>` that fails; it carries the person's id in `data-person`. */
  onAvatarError: (event: Event) => void;
  /** The review cycle's first day, for pace when a goal has no start date. */
  cycleStart?: string | undefined;
}

/** The owner's avatar (or initials) and name; `nameless` shows the avatar alone (the name goes to a tooltip and assistive technology). */
export function renderOwner(view: GoalView, owner: Person | undefined, { nameless = false } = {}): TemplateResult {
  if (!owner) return html`<span class="owner muted">${view.text.noOwner}</span>`;
  const avatar = renderAvatar(owner, { noImage: view.brokenAvatars.has(owner.id), onError: view.onAvatarError });
  return nameless
    ? html`<span class="owner pm-person" title=${owner.name}>${avatar}<span class="visually-hidden">${owner.name}</span></span>`
    : html`<span class="owner pm-person">${avatar}<span class="name">${owner.name}</span></span>`;
}

/** Status as a tinted pill with an icon and words, never colour alone. */
export function renderStatus(view: GoalView, goal: Goal): TemplateResult {
  return html`<span class="status pm-pill" data-status=${goal.status} data-tone=${statusTone(goal.status)}><span class="icon" aria-hidden="true">${STATUS_ICONS[goal.status]}</span>${statusText(view.text, goal.status)}</span>`;
}

/** A bar in the status colour (hidden from assistive technology) and the percentage in words. */
export function renderProgress(view: GoalView, progress: number, status?: string): TemplateResult {
  return html`<span class="progress">${renderMeter(view.locale, progress, { tone: statusTone(status) })}</span>`;
}

/** Pace as an icon and words. */
export function renderPace(view: GoalView, pace: PaceState): TemplateResult {
  return html`<span class="pace" data-pace=${pace}><span class="icon" aria-hidden="true">${PACE_ICONS[pace]}</span>${paceText(view.text, pace)}</span>`;
}

/** "10 Mar" within about ten months of today, "10 Mar 2028" further away: dates read naturally. */
export function shortDate(locale: string, iso: string, now: Date): string {
  const days = Math.abs(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) - now.getTime()) / 86_400_000;
  const near = days < 300;
  return formatDate(locale, iso, near ? { dateStyle: undefined, day: 'numeric', month: 'short' } : { dateStyle: undefined, day: 'numeric', month: 'short', year: 'numeric' });
}
