import { REFINEMENTS, type RefinementName } from './refinements.js';

/**
 * The checks generated from the zod schemas (checks.generated.ts), run without zod/mini: small
 * enough for every widget's first load, CSP-safe (closures, no `eval`), and fast on large lists.
 *
 * A check answers what `z.safeParse` would return — the value itself when it is valid as it is,
 * a copy without unknown keys when zod would strip some — or {@link FAIL} for anything it cannot
 * prove valid. FAIL is not a verdict: the caller then asks zod (loaded on demand), which decides
 * and words the error. So a check may be stricter than zod (plain objects only), never looser; a
 * property test holds every generated check to its schema.
 */
export type CheckNode =
  | { t: 's'; min?: number; max?: number; re?: RegExp; fn?: RefinementName }
  | { t: 'n'; int?: 1; ge?: number; gt?: number; le?: number; lt?: number; fn?: RefinementName }
  | { t: 'b' }
  | { t: 'x' }
  | { t: 'l' | 'e'; v: readonly unknown[] }
  | { t: 'o'; s: Readonly<Record<string, CheckNode>> }
  | { t: 'a'; e: CheckNode; min?: number; max?: number }
  | { t: 'r'; k: CheckNode; v: CheckNode }
  | { t: '?' | 'N'; i: CheckNode }
  | { t: 'u'; o: readonly CheckNode[] };

/** What a check answers for a value it cannot prove valid. */
export const FAIL: unique symbol = Symbol('not proven valid');
export type Check = (value: unknown) => unknown;

const isPlain = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

/**
 * Answers per string, bounded (hostile data cannot grow it): dates and URLs repeat a lot in real
 * lists (quarter ends, a sync's timestamp), and patterns and the URL parser are a check's costliest part.
 */
function remembered(test: (v: string) => boolean): (v: string) => boolean {
  const seen = new Map<string, boolean>();
  return (v) => {
    let ok = seen.get(v);
    if (ok === undefined) {
      ok = test(v);
      if (seen.size >= 4096) seen.clear();
      seen.set(v, ok);
    }
    return ok;
  };
}

const built = new WeakMap<CheckNode, Check>();

/** The check for a generated node, built once. */
export function checkFor(node: CheckNode): Check {
  let check = built.get(node);
  if (!check) built.set(node, (check = build(node)));
  return check;
}

function build(node: CheckNode): Check {
  switch (node.t) {
    case 's': {
      const { min = 0, max = Infinity, re, fn } = node;
      const refine = fn && (REFINEMENTS[fn] as (v: string) => boolean);
      let rules = (v: string) => (!re || re.test(v)) && (!refine || refine(v));
      if (re || fn === 'httpUrl') rules = remembered(rules);
      return (v) => (typeof v === 'string' && v.length >= min && v.length <= max && rules(v) ? v : FAIL);
    }
    case 'n': {
      const { int, ge = -Infinity, gt = -Infinity, le = Infinity, lt = Infinity, fn } = node;
      const refine = fn && (REFINEMENTS[fn] as (v: number) => boolean);
      return (v) => (typeof v === 'number' && (int ? Number.isSafeInteger(v) : Number.isFinite(v))
        && v >= ge && v > gt && v <= le && v < lt && (!refine || refine(v)) ? v : FAIL);
    }
    case 'b':
      return (v) => (typeof v === 'boolean' ? v : FAIL);
    case 'x':
      return (v) => v;
    case 'l':
    case 'e': {
      const values = new Set(node.v);
      return (v) => (values.has(v) ? v : FAIL);
    }
    case '?':
    case 'N': {
      const inner = checkFor(node.i);
      const skip = node.t === '?' ? undefined : null;
      return (v) => (v === skip ? v : inner(v));
    }
    case 'u': {
      const options = node.o.map(checkFor);
      return (v) => {
        for (const option of options) {
          const out = option(v);
          if (out !== FAIL) return out;
        }
        return FAIL;
      };
    }
    case 'a': {
      const { min = 0, max = Infinity } = node;
      const item = checkFor(node.e);
      return (v) => {
        if (!Array.isArray(v) || v.length < min || v.length > max) return FAIL;
        let out: unknown[] | undefined;
        for (let i = 0; i < v.length; i++) {
          const x = v[i];
          const y = item(x);
          if (y === FAIL) return FAIL;
          if (y !== x) (out ??= v.slice())[i] = y;
        }
        return out ?? v;
      };
    }
    case 'r': {
      const key = checkFor(node.k);
      const value = checkFor(node.v);
      return (v) => {
        if (!isPlain(v)) return FAIL;
        let changed = false;
        for (const k of Object.keys(v)) {
          // zod leaves an own `__proto__` key out of a record's value (JSON.parse makes one).
          if (k === '__proto__') { changed = true; continue; }
          if (key(k) !== k) return FAIL;
          const x = v[k];
          const y = value(x);
          if (y === FAIL) return FAIL;
          changed ||= y !== x;
        }
        if (!changed) return v;
        const out: Record<string, unknown> = {};
        for (const k of Object.keys(v)) if (k !== '__proto__') out[k] = value(v[k]);
        return out;
      };
    }
    case 'o': {
      const fields = Object.entries(node.s).map(([k, n]) => [k, checkFor(n), n.t === '?'] as const);
      const known = new Set(Object.keys(node.s));
      return (v) => {
        if (!isPlain(v)) return FAIL;
        let changed = false;
        for (const [k, check, optional] of fields) {
          const x = v[k];
          if (x === undefined && optional) continue;
          const y = check(x);
          if (y === FAIL) return FAIL;
          changed ||= y !== x;
        }
        if (!changed) {
          let unknown = false;
          for (const k in v) if (!known.has(k)) { unknown = true; break; }
          if (!unknown) return v;
        }
        // zod's output: the schema's keys only (those present), each as its own check returned it.
        const out: Record<string, unknown> = {};
        for (const [k, check] of fields) if (Object.hasOwn(v, k)) out[k] = v[k] === undefined ? undefined : check(v[k]);
        return out;
      };
    }
  }
}
