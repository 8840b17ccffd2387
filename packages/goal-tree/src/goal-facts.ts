import { formatPercent, type Goal, type Person } from '@pm-widgets/core';
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
}

/** Only http(s) URLs reach an `src`, whatever a `.people` property holds. */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

const initials = (name: string) =>
  name.split(/\s+/).filter(Boolean).slice(0, 2).map((part) => part[0]!.toUpperCase()).join('');

/** The owner's avatar (or initials) and name. */
export function renderOwner(view: GoalView, owner: Person | undefined): TemplateResult {
  if (!owner) return html`<span class="owner">${view.text.noOwner}</span>`;
  const src = view.brokenAvatars.has(owner.id) ? undefined : safeHttpUrl(owner.avatarUrl);
  return html`<span class="owner">
      ${src
        ? html`<img class="avatar" src=${src} alt="" loading="lazy" data-person=${owner.id} @error=${view.onAvatarError} />`
        : html`<span class="avatar" aria-hidden="true">${initials(owner.name)}</span>`}
      <span>${owner.name}</span>
    </span>`;
}

/** Status as an icon and words, never colour alone. */
export function renderStatus(view: GoalView, goal: Goal): TemplateResult {
  return html`<span class="status" data-status=${goal.status}><span class="icon" aria-hidden="true">${STATUS_ICONS[goal.status]}</span>${statusText(view.text, goal.status)}</span>`;
}

/** A bar (hidden from assistive technology) and the percentage in words. */
export function renderProgress(view: GoalView, progress: number): TemplateResult {
  const percent = formatPercent(view.locale, progress);
  return html`<span class="progress"><span class="bar" part="progress-bar" aria-hidden="true"><span style="width:${(progress * 100).toFixed(1)}%"></span></span>${percent}</span>`;
}

/** Pace as an icon and words. */
export function renderPace(view: GoalView, pace: PaceState): TemplateResult {
  return html`<span class="pace" data-pace=${pace}><span class="icon" aria-hidden="true">${PACE_ICONS[pace]}</span>${paceText(view.text, pace)}</span>`;
}
