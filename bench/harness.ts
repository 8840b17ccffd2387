/**
 * The contract between a bench page and `npm run bench` (bench/run.mjs). A page registers its
 * scenarios in order; the runner opens a FRESH page for every sample and calls
 * `pmRunScenario(name)`, which runs the scenario `warmup` times (discarded: JIT, style caches) and
 * then once more for the sample it returns. Interaction scenarios also report the longest frame
 * seen while they ran (requestAnimationFrame deltas, from the frame before to two frames after).
 * Every interaction's longest frame (median over the samples) is held to 50 ms, and scaling pairs
 * (`scaleOf`) to 3×: `npm run bench` exits non-zero when one is broken.
 * Each scenario names the baseline it is read against (a bare lit-html list or form of the same size,
 * measured in the same run), so results read as ratios on a noisy machine.
 */
export type Unit = 'ms' | 'MB';

export interface Scenario {
  name: string;
  unit?: Unit;
  /** This row is a baseline (a bare lit-html equivalent). */
  baseline?: boolean;
  /** The name of the baseline this row is compared with. */
  against?: string;
  /** No baseline applies (e.g. a longest-frame figure). */
  standalone?: boolean;
  /**
   * A scaling target: this scenario's median must be within `maxRatio` (default 3) × the median of
   * the named scenario of the same page and run (e.g. 100,000 items against 1,000). Scenarios named
   * "… through an adapter, 100,000 …" are checked against "… through an adapter, 1,000 …" without it.
   */
  scaleOf?: string;
  /** Default 3; `Infinity` reports the ratio without a target. */
  maxRatio?: number;
  /** The value itself is a longest frame (ms): it is held to the 50 ms frame budget. */
  frame?: boolean;
  /** Record the longest frame while the measured run is in progress. */
  interaction?: boolean;
  /** Discarded runs in the same page before the measured one (default 1). */
  warmup?: number;
  /** Before each run, outside its timing and frame watch (e.g. mounting what an interaction acts on). */
  prepare?: () => Promise<void>;
  /** One measurement. */
  run: () => Promise<number>;
}

export interface SampleResult { value: number; longestFrame?: number }

export const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** Runs `action` while watching frames; returns its value and the longest frame around it. */
export async function watchFrames(action: () => Promise<number>): Promise<SampleResult> {
  let longest = 0;
  let watching = true;
  let last = await frame();
  const loop = (now: number) => {
    longest = Math.max(longest, now - last);
    last = now;
    if (watching) requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
  const value = await action();
  await frame();
  await frame();
  watching = false;
  return { value, longestFrame: Math.round(longest * 10) / 10 };
}

const heapMB = () => ((performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN) / 2 ** 20;

/** A forced full GC (Chromium with --js-flags=--expose-gc), then a frame for pending work. */
export async function collect(): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('no gc(): launch Chromium with --js-flags=--expose-gc');
  await frame();
  gc();
  await frame();
  gc();
}

/**
 * Heap growth (MB) over `cycles` mount/unmount cycles, after one cycle to load code and fill
 * caches, with a forced GC before both readings. About 0 means nothing is retained per cycle.
 */
export async function heapGrowth(cycle: () => Promise<void>, cycles = 20): Promise<number> {
  await cycle();
  await collect();
  const before = heapMB();
  for (let i = 0; i < cycles; i++) await cycle();
  await collect();
  return Math.round((heapMB() - before) * 1000) / 1000;
}

const registry: Scenario[] = [];

export function scenarios(list: Scenario[]): void {
  registry.push(...list);
}

declare global {
  interface Window {
    pmScenarios: () => Omit<Scenario, 'run'>[];
    pmRunScenario: (name: string) => Promise<SampleResult>;
  }
}

window.pmScenarios = () => registry.map(({ run: _run, prepare: _prepare, ...rest }) => rest);
window.pmRunScenario = async (name) => {
  const scenario = registry.find((s) => s.name === name);
  if (!scenario) throw new Error(`no scenario "${name}"`);
  for (let i = 0; i < (scenario.warmup ?? 1); i++) {
    await scenario.prepare?.();
    await frame();
    await scenario.run();
  }
  await scenario.prepare?.();
  await frame();
  if (scenario.interaction) return watchFrames(scenario.run);
  return { value: await scenario.run() };
};
