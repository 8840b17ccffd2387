import { REFINEMENTS, type RefinementName } from './refinements.js';

/**
 * The checks generated from the zod schemas (checks.generated.ts), run without zod/mini: small
 * enough for every widget's first load, CSP-safe (no `eval`), and fast on large lists.
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
  /** An object; a key ending in `?` is an optional field (absent or `undefined`, else its node). */
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
 * A node ready to run: every op has the same fields (one shape, so the interpreter's reads stay
 * fast), children are ops, and costly string rules remember their answers per string, bounded
 * (dates and URLs repeat a lot in real lists; hostile data cannot grow the memory).
 */
class Op {
  kind: CheckNode['t'];
  min = 0;
  max = Infinity;
  ge = -Infinity;
  gt = -Infinity;
  le = Infinity;
  lt = Infinity;
  int = false;
  re: RegExp | undefined = undefined;
  rule: ((v: never) => boolean) | undefined = undefined;
  memo: Map<string, boolean> | undefined = undefined;
  values: Set<unknown> | undefined = undefined;
  keys: string[] = [];
  ops: Op[] = [];
  optional: boolean[] = [];
  index: Map<string, number> | undefined = undefined;
  required = 0;

  constructor(node: CheckNode) {
    this.kind = node.t;
    switch (node.t) {
      case 's': {
        this.min = node.min ?? 0;
        this.max = node.max ?? Infinity;
        this.re = node.re;
        if (node.fn) this.rule = REFINEMENTS[node.fn] as (v: string) => boolean;
        if (node.re || node.fn === 'httpUrl') this.memo = new Map();
        break;
      }
      case 'n':
        this.int = node.int === 1;
        this.ge = node.ge ?? -Infinity;
        this.gt = node.gt ?? -Infinity;
        this.le = node.le ?? Infinity;
        this.lt = node.lt ?? Infinity;
        if (node.fn) this.rule = REFINEMENTS[node.fn] as (v: number) => boolean;
        break;
      case 'l':
      case 'e':
        this.values = new Set(node.v);
        break;
      case 'o':
        const keys = Object.keys(node.s);
        this.ops = keys.map((k) => opFor(node.s[k]!));
        this.optional = keys.map((k) => k.endsWith('?'));
        this.keys = keys.map((k) => k.replace(/\?$/, ''));
        this.index = new Map(this.keys.map((k, i) => [k, i]));
        this.required = this.optional.filter((o) => !o).length;
        break;
      case 'a':
        this.min = node.min ?? 0;
        this.max = node.max ?? Infinity;
        this.ops = [opFor(node.e)];
        break;
      case 'r':
        this.ops = [opFor(node.k), opFor(node.v)];
        break;
      case '?':
      case 'N':
        this.ops = [opFor(node.i)];
        break;
      case 'u':
        this.ops = node.o.map(opFor);
        break;
    }
  }
}

const ops = new WeakMap<CheckNode, Op>();
function opFor(node: CheckNode): Op {
  let op = ops.get(node);
  if (!op) ops.set(node, (op = new Op(node)));
  return op;
}

function rules(op: Op, v: string): boolean {
  return (op.re === undefined || op.re.test(v)) && (op.rule === undefined || (op.rule as (v: string) => boolean)(v));
}

function passes(op: Op, v: string): boolean {
  const memo = op.memo;
  if (memo === undefined) return rules(op, v);
  let ok = memo.get(v);
  if (ok === undefined) {
    ok = rules(op, v);
    if (memo.size >= 4096) memo.clear();
    memo.set(v, ok);
  }
  return ok;
}

/** `v` as zod would return it for `op`, or FAIL. */
function run(op: Op, v: unknown): unknown {
  switch (op.kind) {
    case 's':
      return typeof v === 'string' && v.length >= op.min && v.length <= op.max && (op.memo === undefined && op.rule === undefined || passes(op, v)) ? v : FAIL;
    case 'n':
      return typeof v === 'number' && (op.int ? Number.isSafeInteger(v) : Number.isFinite(v))
        && v >= op.ge && v > op.gt && v <= op.le && v < op.lt
        && (op.rule === undefined || (op.rule as (v: number) => boolean)(v)) ? v : FAIL;
    case 'b':
      return typeof v === 'boolean' ? v : FAIL;
    case 'x':
      return v;
    case 'l':
    case 'e':
      return op.values!.has(v) ? v : FAIL;
    case '?':
      return v === undefined ? v : run(op.ops[0]!, v);
    case 'N':
      return v === null ? v : run(op.ops[0]!, v);
    case 'u':
      for (let i = 0; i < op.ops.length; i++) {
        const out = run(op.ops[i]!, v);
        if (out !== FAIL) return out;
      }
      return FAIL;
    case 'a': {
      if (!Array.isArray(v) || v.length < op.min || v.length > op.max) return FAIL;
      const item = op.ops[0]!;
      let out: unknown[] | undefined;
      for (let i = 0; i < v.length; i++) {
        const x: unknown = v[i];
        const y = run(item, x);
        if (y === FAIL) return FAIL;
        if (y !== x) (out ??= v.slice())[i] = y;
      }
      return out ?? v;
    }
    case 'r': {
      if (!isPlain(v)) return FAIL;
      const [key, value] = op.ops as [Op, Op];
      let changed = false;
      for (const k of Object.keys(v)) {
        // zod leaves an own `__proto__` key out of a record's value (JSON.parse makes one).
        if (k === '__proto__') { changed = true; continue; }
        if (run(key, k) !== k) return FAIL;
        const x = v[k];
        const y = run(value, x);
        if (y === FAIL) return FAIL;
        if (y !== x) changed = true;
      }
      if (!changed) return v;
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(v)) if (k !== '__proto__') out[k] = run(value, v[k]);
      return out;
    }
    case 'o': {
      if (!isPlain(v)) return FAIL;
      // One pass over the value's own keys (for-in with keyed reads is the engines' fast path):
      // each known key checked, unknown keys noted (zod leaves them out), required ones counted.
      const index = op.index!;
      const fields = op.ops;
      const optional = op.optional;
      let changed = false;
      let required = 0;
      for (const k in v) {
        const i = index.get(k);
        if (i === undefined) {
          changed = true;
          continue;
        }
        const x = v[k];
        if (!optional[i]) required++;
        else if (x === undefined) continue;
        const y = run(fields[i]!, x);
        if (y === FAIL) return FAIL;
        if (y !== x) changed = true;
      }
      if (required !== op.required) return FAIL;
      if (!changed) return v;
      // zod's output: the schema's keys only (those present), each as its own check returned it.
      const out: Record<string, unknown> = {};
      const keys = op.keys;
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i]!;
        if (Object.hasOwn(v, k)) out[k] = v[k] === undefined ? undefined : run(fields[i]!, v[k]);
      }
      return out;
    }
  }
}

/** The check for a generated node (its ops are built once). */
export function checkFor(node: CheckNode): Check {
  const op = opFor(node);
  return (value) => run(op, value);
}
