import * as z from 'zod/mini';
import { LIMITS, httpUrlSchema, isoDateTimeSchema } from './common.js';
import { VISIBILITIES, type FeedbackItem } from './feedback.js';

/**
 * A fast, CSP-safe (no eval) check for feedback items, the homogeneous arrays of a feedback page
 * (like `goal-fast.ts` for goals). It answers `true` only when `feedbackItemSchema` would accept
 * the item AND its output would equal the input (plain object, no unknown keys, no key present
 * with `undefined`), so the validating wrapper can keep the item as it came instead of a zod-built
 * copy. For anything else it answers `false` and the caller runs the full zod parse of that item,
 * with exactly the same result and messages as before. URLs (the item's link, the giver's avatar)
 * are checked by the same zod schema, remembered per string: there is no hand-written URL rule to
 * drift from zod's.
 */
const FORBIDDEN_IDS = new Set(['__proto__', 'prototype', 'constructor']);
const VISIBILITY = new Set<unknown>(VISIBILITIES);
const DATE_TIME = (isoDateTimeSchema as unknown as { _zod: { pattern: RegExp } })._zod.pattern;

const ITEM_KEYS = new Set([
  'id', 'kind', 'from', 'toId', 'body', 'competencyIds', 'values', 'visibility', 'requested', 'link', 'requestId',
  'question', 'createdAt',
]);
const PERSON_KEYS = new Set(['id', 'name', 'title', 'avatarUrl', 'managerId', 'teamId']);

const isPlain = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};
const onlyKeys = (o: Record<string, unknown>, keys: Set<string>) => {
  for (const k in o) if (!keys.has(k) || o[k] === undefined) return false;
  return true;
};
const isId = (v: unknown) => typeof v === 'string' && v.length >= 1 && v.length <= LIMITS.id && !FORBIDDEN_IDS.has(v);
const isText = (v: unknown, max: number, min = 0) => typeof v === 'string' && v.length >= min && v.length <= max;
const optional = (v: unknown, check: (v: unknown) => boolean) => v === undefined || check(v);

/** Answers per string, bounded (hostile data cannot grow it): dates and avatars repeat a lot. */
function remembered(test: (v: string) => boolean): (v: unknown) => boolean {
  const seen = new Map<string, boolean>();
  return (v) => {
    if (typeof v !== 'string') return false;
    let ok = seen.get(v);
    if (ok === undefined) {
      ok = test(v);
      if (seen.size >= 4096) seen.clear();
      seen.set(v, ok);
    }
    return ok;
  };
}
const isDateTime = remembered((v) => DATE_TIME.test(v));
const isHttpUrl = remembered((v) => {
  const result = z.safeParse(httpUrlSchema, v);
  return result.success && result.data === v;
});

const everyOf = (v: unknown, max: number, check: (item: unknown) => boolean) => {
  if (!Array.isArray(v) || v.length > max) return false;
  for (let i = 0; i < v.length; i++) if (!check(v[i])) return false;
  return true;
};
const isTag = (v: unknown) => isText(v, LIMITS.title, 1);

export function isExactPerson(v: unknown): boolean {
  return isPlain(v) && onlyKeys(v, PERSON_KEYS) && isId(v.id) && isText(v.name, LIMITS.name, 1)
    && optional(v.title, (t) => isText(t, LIMITS.name)) && optional(v.avatarUrl, isHttpUrl)
    && optional(v.managerId, (m) => m === null || isId(m)) && optional(v.teamId, isId);
}

export function isExactFeedbackItem(v: unknown): v is FeedbackItem {
  return isPlain(v) && onlyKeys(v, ITEM_KEYS)
    && isId(v.id) && isText(v.kind, 40, 1) && optional(v.from, isExactPerson) && isId(v.toId)
    && isText(v.body, LIMITS.longText, 1) && everyOf(v.competencyIds, 50, isId) && everyOf(v.values, 50, isTag)
    && VISIBILITY.has(v.visibility) && typeof v.requested === 'boolean' && optional(v.link, isHttpUrl)
    && optional(v.requestId, isId) && optional(v.question, (q) => isText(q, LIMITS.shortText))
    && isDateTime(v.createdAt);
}
