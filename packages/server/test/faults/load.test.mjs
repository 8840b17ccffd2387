/**
 * The reference server under load, on PGlite and on PostgreSQL: for LOAD_SECONDS (default 10, after
 * a 2 s warm-up), CONNECTIONS concurrent clients (default 24) submit check-ins, 360 surveys and
 * feedback over HTTP on loopback, as 40 different people. Some submissions are sent three times at once with one
 * idempotency key, some resent after their answer, and 5xx / 429 / network errors are retried
 * with the same key; some keys are reused with another body (which must be refused with 422).
 * Prints throughput and p50 / p99 latency per route, then proves from the database: one row per
 * key (no duplicate), every acknowledged submission stored with its content (no lost write), the
 * refused conflicting bodies not stored.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { describe, it } from 'node:test';
import { serverModule } from '../helpers.mjs';
import {
  WRITERS, addAssignments, checkNoStrays, checkStored, client, makeSubmissions, onBothBackends, openStore, readBack, send, spawnServer, summary, tokensFor,
} from './harness.mjs';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 24);
const WARM_UP_MS = 2000;
const SURVEYS = 400;

/** Seeds (migrations, demo organisation) and adds the open assignments the surveys submit. */
async function prepare(where, tag) {
  const { migrate, createApp } = await serverModule();
  const db = await openStore(where);
  try {
    await migrate(db);
    await createApp({ db });
    return await addAssignments(db, tag, SURVEYS);
  } finally {
    await db.close();
  }
}

async function load(where, tag) {
  const submissions = makeSubmissions(tag);
  submissions.addAssignments(await prepare(where, tag));
  const server = await spawnServer(where.databaseUrl ? { DATABASE_URL: where.databaseUrl } : { PM_DATA_DIR: where.dataDir });
  const tokens = await tokensFor(WRITERS);
  const http = client(server.url, { connections: CONNECTIONS });
  const latencies = { 'check-in': [], survey: [], feedback: [] };
  const statuses = {};
  const counts = { submissions: 0, concurrentDuplicates: 0, resends: 0, retries: 0, conflicts: 0, requests: 0 };
  const problems = [];
  /** Every submission sent, with the answer it was acknowledged with (or none). */
  const ledger = [];

  const timed = async (sub, body) => {
    const measured = performance.now() >= measureFrom;
    const r = await send(http, tokens, sub, body);
    if (!measured) return r;
    counts.requests++;
    latencies[sub.kind].push(r.ms);
    statuses[`${sub.kind} ${r.status}`] = (statuses[`${sub.kind} ${r.status}`] ?? 0) + 1;
    return r;
  };
  /** Sends until a final answer: network errors, 429 and 5xx are retried with the same key. */
  const deliver = async (sub) => {
    for (let attempt = 0; attempt < 8; attempt++) {
      let r;
      try {
        r = await timed(sub);
      } catch {
        counts.retries++;
        continue;
      }
      if (r.status === 429 || r.status >= 500) {
        counts.retries++;
        await new Promise((resolve) => setTimeout(resolve, 50 * (attempt + 1)));
        continue;
      }
      return r;
    }
    return undefined;
  };

  let seq = 0;
  const started = performance.now();
  // The first WARM_UP_MS warm the server up (JIT, first reads): their submissions are checked like
  // all others, their requests are not in the figures.
  const measureFrom = started + WARM_UP_MS;
  const deadline = measureFrom + SECONDS * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const i = seq++;
      const sub = (i % 4 === 3 ? submissions.survey() : undefined) ?? (i % 2 ? submissions.feedback() : submissions.checkIn());
      counts.submissions++;
      const entry = { sub, acked: undefined };
      ledger.push(entry);
      // One in eight: three copies at once with one key.
      const copies = i % 8 === 5 ? 3 : 1;
      if (copies > 1) counts.concurrentDuplicates++;
      const answers = await Promise.all(Array.from({ length: copies }, () => deliver(sub)));
      const ok = answers.filter((r) => r && r.status >= 200 && r.status < 300);
      if (ok.length !== answers.length) {
        problems.push(`${sub.kind} ${sub.key}: answers ${answers.map((r) => r?.status ?? 'none').join(', ')} ${answers.find((r) => r && r.status >= 300)?.text.slice(0, 200) ?? ''}`);
      }
      if (!ok.length) continue;
      entry.acked = ok[0];
      if (new Set(ok.map((r) => r.json?.id)).size !== 1) problems.push(`${sub.kind} ${sub.key}: concurrent copies answered different ids ${ok.map((r) => r.json?.id)}`);
      if (ok.filter((r) => r.headers['idempotency-replayed'] !== 'true').length !== 1) problems.push(`${sub.kind} ${sub.key}: ${ok.length} copies, not exactly one fresh answer`);
      // One in five: resent later (a client that lost the answer).
      if (i % 5 === 1) {
        counts.resends++;
        const again = await deliver(sub);
        if (again?.status !== entry.acked.status || again.json?.id !== entry.acked.json?.id || again.headers['idempotency-replayed'] !== 'true') {
          problems.push(`${sub.kind} ${sub.key}: resend answered ${again?.status} ${again?.json?.id}, first ${entry.acked.status} ${entry.acked.json?.id}`);
        }
      }
      // One in fifteen: the same key with another body.
      if (i % 15 === 7) {
        counts.conflicts++;
        const clash = await timed(sub, sub.variant());
        if (clash.status !== 422) problems.push(`${sub.kind} ${sub.key}: same key, other body answered ${clash.status}, not 422`);
      }
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  const seconds = (performance.now() - measureFrom) / 1000;
  // The server holds the organisation's data in memory: its resident size after the load (Linux).
  const rss = /VmRSS:\s+(\d+) kB/.exec(await readFile(`/proc/${server.child.pid}/status`, 'utf8').catch(() => ''))?.[1];
  http.close();
  await server.stop();

  const db = await openStore(where);
  try {
    const stored = await readBack(db, tag);
    for (const { sub, acked } of ledger) problems.push(...checkStored(stored, sub, acked));
    problems.push(...checkNoStrays(stored, ledger.map((e) => e.sub)));
    const acked = ledger.filter((e) => e.acked).length;
    const figures = {
      backend: where.databaseUrl ? 'postgres' : 'pglite',
      seconds: Number(seconds.toFixed(1)), connections: CONNECTIONS,
      requestsPerSecond: Math.round(counts.requests / seconds),
      warmUpSeconds: WARM_UP_MS / 1000,
      ...counts, acknowledged: acked,
      stored: { checkIns: stored.checkIns.length, feedback: stored.feedback.length, responses: stored.responses.length, keys: stored.keys.length },
      routes: summary(latencies), statuses,
      serverResidentMB: rss ? Math.round(Number(rss) / 1024) : 'unknown',
      machine: `${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`,
    };
    console.log(`load ${figures.backend}: ${JSON.stringify(figures, null, 2)}`);
    assert.deepEqual(problems.slice(0, 30), [], `${problems.length} problems`);
    assert.ok(acked >= 20, `only ${acked} submissions acknowledged in ${seconds} s`);
    assert.ok(counts.concurrentDuplicates >= 2 && counts.resends >= 2 && counts.conflicts >= 1, JSON.stringify(counts));
    assert.ok(stored.responses.length >= 3, 'surveys were submitted');
    assert.equal(stored.keys.length, acked, 'one idempotency row per acknowledged submission');
    return figures;
  } finally {
    await db.close();
  }
}

onBothBackends(describe, it, 'the reference server under load', 'no duplicate, no lost write, conflicting keys refused', (where) => load(where, 'ld'));
