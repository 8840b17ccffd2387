import { LIMITS } from './common.js';
import { everyOf, isDateTime, isExactPerson, isHttpUrl, isId, isPlain, isText, onlyKeys, optional } from './exact.js';
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
const VISIBILITY = new Set<unknown>(VISIBILITIES);

const ITEM_KEYS = new Set([
  'id', 'kind', 'from', 'toId', 'body', 'competencyIds', 'values', 'visibility', 'requested', 'link', 'requestId',
  'question', 'createdAt',
]);

const isTag = (v: unknown) => isText(v, LIMITS.title, 1);

export function isExactFeedbackItem(v: unknown): v is FeedbackItem {
  return isPlain(v) && onlyKeys(v, ITEM_KEYS)
    && isId(v.id) && isText(v.kind, 40, 1) && optional(v.from, isExactPerson) && isId(v.toId)
    && isText(v.body, LIMITS.longText, 1) && everyOf(v.competencyIds, 50, isId) && everyOf(v.values, 50, isTag)
    && VISIBILITY.has(v.visibility) && typeof v.requested === 'boolean' && optional(v.link, isHttpUrl)
    && optional(v.requestId, isId) && optional(v.question, (q) => isText(q, LIMITS.shortText))
    && isDateTime(v.createdAt);
}
