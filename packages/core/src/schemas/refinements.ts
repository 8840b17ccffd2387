/**
 * The custom rules the schemas check beyond type, length, range and pattern, kept apart from zod so
 * the checks generated from the schemas (checks.generated.ts) can run them without loading zod/mini.
 * The generator finds each schema's refinement here by identity and fails on one it does not know.
 */

/** Reserved words never become ids (they would become object keys). Compared, not looked up: `Set.has` must hash every fresh id string, a comparison stops at the length. */
const notReserved = (value: string): boolean => value !== '__proto__' && value !== 'prototype' && value !== 'constructor';

/** Only http(s) reaches an href or src: `javascript:` and `data:` never do. The value is kept as sent. */
function httpUrl(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value.trim()).protocol);
  } catch {
    return false;
  }
}

export const REFINEMENTS = {
  notReserved,
  /** NaN and Infinity are never valid measurements. */
  finite: Number.isFinite as (value: number) => boolean,
  httpUrl,
} as const;

export type RefinementName = keyof typeof REFINEMENTS;
