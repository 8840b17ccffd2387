import { html, nothing, type TemplateResult } from 'lit';
import { formatPercent } from '../format.js';
import { cssProps } from './css-props.js';

/** The colour a state is drawn in; never the only sign of it (an icon or word goes with it). */
export type Tone = 'success' | 'warning' | 'danger' | 'neutral' | 'accent';

/** The tone of a goal status (or any status word of the same vocabulary). */
export function statusTone(status: string | undefined): Tone {
  switch (status) {
    case 'on-track':
    case 'done':
      return 'success';
    case 'at-risk':
      return 'warning';
    case 'off-track':
      return 'danger';
    case 'not-started':
    case 'archived':
      return 'neutral';
    default:
      return 'accent';
  }
}

/** Up to two initials of a name, upper-cased ("Ada Lovelace" → "AL"). */
export function initialsOf(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const picked = parts.length > 1 ? [parts[0]!, parts[parts.length - 1]!] : parts;
  return picked.map((part) => [...part][0]!.toLocaleUpperCase()).join('');
}

/** A stable tint (0–5) for a person, so the same person looks the same in every widget. */
export function avatarTone(key: string): number {
  let hash = 0;
  for (let i = 0; i < key.length; i++) hash = (hash * 31 + key.charCodeAt(i)) | 0;
  return Math.abs(hash) % 6;
}

/** Only http(s) URLs reach an `src`. */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

export interface AvatarPerson {
  id: string;
  name: string;
  avatarUrl?: string | undefined;
}

export interface AvatarOptions {
  /** Show initials even if there is an image (e.g. the image failed to load). */
  noImage?: boolean;
  /** Called when the image fails; the `<img>` carries the person's id in `data-person`. */
  onError?: (event: Event) => void;
  /** 24 px instead of the default 28 px. */
  small?: boolean;
}

/** A person's avatar: the image (http(s) only) or legible initials in a tinted circle. Decorative: name the person beside it. */
export function renderAvatar(person: AvatarPerson, { noImage = false, onError, small = false }: AvatarOptions = {}): TemplateResult {
  const src = noImage ? undefined : safeHttpUrl(person.avatarUrl);
  const cls = small ? 'pm-avatar small' : 'pm-avatar';
  return src
    ? html`<img class=${cls} src=${src} alt="" loading="lazy" data-person=${person.id} @error=${onError ?? nothing} />`
    : html`<span class=${cls} data-tone=${avatarTone(person.id)} aria-hidden="true">${initialsOf(person.name)}</span>`;
}

export interface MeterOptions {
  tone?: Tone;
  /** The `part` of the bar, for hosts to style. */
  part?: string;
}

/** A status-coloured bar (hidden from assistive technology) with the percentage as text. */
export function renderMeter(locale: string, progress: number, { tone = 'accent', part = 'progress-bar' }: MeterOptions = {}): TemplateResult {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(progress) ? progress : 0));
  return html`<span class="pm-meter" data-tone=${tone}><span class="track" part=${part} aria-hidden="true"><span class="fill" ${cssProps({ width: `${(clamped * 100).toFixed(1)}%` })}></span></span><span class="value">${formatPercent(locale, progress)}</span></span>`;
}
