/**
 * A very small mocha-compatible runner (describe / it / beforeEach / afterEach / this.skip), so the
 * contract suite written for the browser tests runs unchanged in Node and in the CLI.
 */
type Fn = (this: TestContext) => unknown;
interface TestContext { skip(): never; timeout(ms: number): void }
interface Suite { title: string; before: Fn[]; after: Fn[]; parent?: Suite }
interface Test { titlePath: string[]; title: string; fn: Fn; suite: Suite }

export interface TestResult {
  /** Suite titles, outermost first, then the test's title. */
  titlePath: string[];
  title: string;
  status: 'passed' | 'failed' | 'skipped';
  error?: unknown;
  ms: number;
}

class Skip extends Error {}

export function collect(register: () => void): Test[] {
  const tests: Test[] = [];
  const root: Suite = { title: '', before: [], after: [] };
  let current = root;
  const titles = (s: Suite): string[] => (s.parent ? [...titles(s.parent), s.title] : []);
  const globals = globalThis as Record<string, unknown>;
  const saved = ['describe', 'it', 'beforeEach', 'afterEach'].map((k) => [k, globals[k]] as const);
  globals.describe = (title: string, fn: () => void) => {
    const suite: Suite = { title, before: [], after: [], parent: current };
    current = suite;
    try { fn.call({}); } finally { current = suite.parent!; }
  };
  globals.it = (title: string, fn: Fn) => tests.push({ titlePath: titles(current), title, fn, suite: current });
  globals.beforeEach = (fn: Fn) => current.before.push(fn);
  globals.afterEach = (fn: Fn) => current.after.push(fn);
  try {
    register();
  } finally {
    for (const [k, v] of saved) globals[k] = v;
  }
  return tests;
}

export async function runTests(tests: Test[], options: { timeoutMs?: number; onResult?: (r: TestResult) => void; grep?: RegExp } = {}): Promise<TestResult[]> {
  const results: TestResult[] = [];
  for (const test of tests) {
    const full = [...test.titlePath, test.title].join(' › ');
    if (options.grep && !options.grep.test(full)) continue;
    const started = Date.now();
    let timeoutMs = options.timeoutMs ?? 30_000;
    const context: TestContext = { skip: () => { throw new Skip(); }, timeout: (ms) => { timeoutMs = ms; } };
    const chain: Suite[] = [];
    for (let s: Suite | undefined = test.suite; s; s = s.parent) chain.unshift(s);
    const call = async (fn: Fn) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      try {
        await Promise.race([
          Promise.resolve().then(() => fn.call(context)),
          new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs); }),
        ]);
      } finally {
        clearTimeout(timer);
      }
    };
    let result: TestResult;
    try {
      for (const s of chain) for (const fn of s.before) await call(fn);
      await call(test.fn);
      result = { titlePath: test.titlePath, title: test.title, status: 'passed', ms: Date.now() - started };
    } catch (error) {
      result = error instanceof Skip
        ? { titlePath: test.titlePath, title: test.title, status: 'skipped', ms: Date.now() - started }
        : { titlePath: test.titlePath, title: test.title, status: 'failed', error, ms: Date.now() - started };
    }
    for (const s of [...chain].reverse()) {
      for (const fn of s.after) {
        try { await call(fn); } catch (error) { if (result.status !== 'failed') result = { ...result, status: 'failed', error }; }
      }
    }
    results.push(result);
    options.onResult?.(result);
  }
  return results;
}
