import { DEMO } from '@pm-widgets/core/memory';
import { isoWeekOf, shiftIsoWeek } from '@pm-widgets/core';
import { runAdapterContract, type ContractIds, type ContractSubject } from '../../../test/contract/adapter-contract.suite.js';
import { createRoutedRestAdapter, fetchDevTokens, type Identities } from './http.js';
import { impactOf } from './impact.js';
import { collect, runTests, type TestResult } from './runner.js';

export { runAdapterContract, type ContractIds, type ContractSubject };
export { createRoutedRestAdapter, fetchDevTokens, type DevPerson, type Identities } from './http.js';
export { impactOf } from './impact.js';
export type { TestResult } from './runner.js';

export interface ContractResult extends TestResult {
  /** What the widgets will do wrong because of this failure. */
  impact?: string;
}

export interface ContractReport {
  results: ContractResult[];
  passed: number;
  failed: number;
  skipped: number;
}

/**
 * Runs the adapter contract suite against any adapter, in any runner (or none): returns what passed
 * and what failed, with what the widgets will do wrong for each failure. `makeSubject` is called
 * once per check and should return fresh data where it can (writes are not undone).
 */
export async function runContract(
  makeSubject: () => Promise<ContractSubject>,
  options: { name?: string; grep?: RegExp; timeoutMs?: number; onResult?: (r: ContractResult) => void } = {},
): Promise<ContractReport> {
  const tests = collect(() => runAdapterContract(options.name ?? 'adapter', makeSubject));
  const results = await runTests(tests, {
    grep: options.grep,
    timeoutMs: options.timeoutMs,
    onResult: (r) => options.onResult?.(r.status === 'failed' ? { ...r, impact: impactOf([...r.titlePath, r.title].join(' › ')) } : r),
  });
  const withImpact: ContractResult[] = results.map((r) => (r.status === 'failed' ? { ...r, impact: impactOf([...r.titlePath, r.title].join(' › ')) } : r));
  const count = (s: TestResult['status']) => results.filter((r) => r.status === s).length;
  return { results: withImpact, passed: count('passed'), failed: count('failed'), skipped: count('skipped') };
}

/** The demo organisation's ids (what the reference server seeds), acting as its viewer. */
export function demoContractIds(period?: string): ContractIds {
  return {
    personId: DEMO.viewerId,
    rootGoalId: DEMO.orgRootGoalId,
    cycleId: DEMO.cycleId,
    checkInPersonId: DEMO.viewerId,
    period: period ?? isoWeekOf(new Date()),
    openAssignmentId: DEMO.raterAssignmentIds.peer,
    otherOpenAssignmentId: DEMO.raterAssignmentIds.upward,
    raterId: DEMO.viewerId,
  };
}

export interface HttpContractOptions {
  baseUrl: string;
  /** One token for every call (`Authorization: Bearer …`). */
  token?: string;
  /** Tokens per person id, for backends that authorise per person. */
  tokens?: Record<string, string>;
  /** Fetch tokens from the reference server's dev mode (`/auth/dev-tokens`). */
  devTokens?: boolean;
  ids?: Partial<ContractIds>;
  /** The `personId`'s manager (replies). Default: from dev tokens, else the demo's. */
  managerId?: string;
  fetch?: typeof fetch;
  grep?: RegExp;
  onResult?: (r: ContractResult) => void;
}

/**
 * The contract over HTTP, through core's REST adapter. Every check gets its own check-in week
 * (far in the future, unique per run), since the server keeps what earlier checks wrote.
 */
export async function runHttpContract(options: HttpContractOptions): Promise<ContractReport> {
  const tokens: Record<string, string> = { ...options.tokens };
  let managerId = options.managerId;
  const base = demoContractIds();
  const ids0 = { ...base, ...options.ids };
  if (options.devTokens) {
    const people = await fetchDevTokens(options.baseUrl, options.fetch);
    for (const p of people) tokens[p.id] ??= p.token;
    managerId ??= people.find((p) => p.id === ids0.personId)?.managerId ?? undefined;
  }
  managerId ??= DEMO.managerId;
  const headers = (token: string | undefined) => (token ? { authorization: `Bearer ${token}` } : undefined);
  const who: Identities = {
    self: ids0.personId,
    manager: managerId,
    headersFor: (id) => headers(tokens[id] ?? (id === ids0.personId ? options.token : undefined)) ?? (options.token ? headers(options.token) : undefined),
  };
  const adapter = createRoutedRestAdapter({ baseUrl: options.baseUrl, fetch: options.fetch, retries: 1, timeoutMs: 15_000 }, who);
  // A distinct future week per check and per run, so checks that submit never meet each other's data.
  const year = 2100 + Math.floor(Math.random() * 800);
  let week = 0;
  return runContract(async () => {
    week = (week % 52) + 1;
    const period = options.ids?.period ? shiftIsoWeek(options.ids.period, week) : `${year}-W${String(week).padStart(2, '0')}`;
    return { adapter, ids: { ...ids0, period } };
  }, { name: options.baseUrl, grep: options.grep, onResult: options.onResult });
}

/** The report as the CLI prints it. */
export function formatResult(r: ContractResult): string {
  const name = [...r.titlePath.slice(1), r.title].join(' › ');
  if (r.status === 'passed') return `  ✔ ${name} (${r.ms} ms)`;
  if (r.status === 'skipped') return `  - ${name} (skipped)`;
  const message = r.error instanceof Error ? r.error.message : String(r.error);
  return `  ✘ ${name}\n      ${message.split('\n').join('\n      ')}\n      → the widgets: ${r.impact}`;
}
