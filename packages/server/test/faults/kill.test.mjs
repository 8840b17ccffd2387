/**
 * The server killed mid-write, on PGlite and on PostgreSQL. The server runs as a child process;
 * clients submit check-ins, surveys and feedback; at each kill point (a time, or a number of answers
 * received) it gets SIGKILL while requests are in flight, then starts again on the same data folder
 * or database. After each restart, from the database: every submission the server acknowledged (a 2xx
 * reached the client) is stored, once, with its content; every unacknowledged one is whole (row and
 * idempotency key) or absent; nothing else appeared. The clients then retry the unacknowledged ones
 * with the same key, as the outbox does, and in the end every submission is stored exactly once.
 */
import assert from 'node:assert/strict';
import { cpSync, rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { describe, it } from 'node:test';
import { serverModule } from '../helpers.mjs';
import {
  WRITERS, addAssignments, checkNoStrays, checkStored, client, makeSubmissions, onBothBackends, openStore, readBack, send, spawnServer, stateOf,
  tokensFor,
} from './harness.mjs';

const CONNECTIONS = 12;
/** When to kill: after so many ms of writing, or after so many acknowledged submissions. */
const KILL_POINTS = [{ ms: 300 }, { acks: 25 }, { acks: 3 }];
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function prepare(where, tag) {
  const { migrate, createApp } = await serverModule();
  const db = await openStore(where);
  try {
    await migrate(db);
    await createApp({ db });
    return await addAssignments(db, tag, 120);
  } finally {
    await db.close();
  }
}

async function verify(where, tag, ledger, round) {
  const db = await openStore(where);
  try {
    const stored = await readBack(db, tag);
    const problems = ledger.flatMap(({ sub, acked }) => checkStored(stored, sub, acked));
    problems.push(...checkNoStrays(stored, ledger.map((e) => e.sub)));
    assert.deepEqual(problems.slice(0, 30), [], `${round}: ${problems.length} problems`);
    return stored;
  } finally {
    await db.close();
  }
}

async function killAndRestart(where, tag) {
  const env = where.databaseUrl ? { DATABASE_URL: where.databaseUrl } : { PM_DATA_DIR: where.dataDir };
  const submissions = makeSubmissions(tag);
  submissions.addAssignments(await prepare(where, tag));
  const tokens = await tokensFor(WRITERS);
  const ledger = [];
  const report = [];
  let server = await spawnServer(env);

  /** Sends each unacknowledged submission again with its key; all must be answered 2xx now. */
  const retryUnacknowledged = async () => {
    const http = client(server.url, { connections: CONNECTIONS });
    try {
      const pending = ledger.filter((e) => !e.acked);
      await Promise.all(pending.map(async (entry) => {
        const r = await send(http, tokens, entry.sub);
        assert.ok(r.status >= 200 && r.status < 300, `retry of ${entry.sub.key}: ${r.status} ${r.text.slice(0, 200)}`);
        entry.acked = r;
        entry.retried = r.headers['idempotency-replayed'] === 'true' ? 'replayed' : 'stored now';
      }));
      return pending;
    } finally {
      http.close();
    }
  };

  async function rounds() {
    for (const [n, point] of KILL_POINTS.entries()) {
      const round = `kill ${n + 1} (${point.ms ? `after ${point.ms} ms` : `after ${point.acks} answers`})`;
      const retried = await retryUnacknowledged();
      const http = client(server.url, { connections: CONNECTIONS });
      let killed = false;
      let inFlight = 0;
      let acks = 0;
      let seq = 0;
      const worker = async () => {
        while (!killed) {
          const i = seq++;
          const sub = (i % 3 === 2 ? submissions.survey() : undefined) ?? (i % 2 ? submissions.feedback() : submissions.checkIn());
          const entry = { sub, acked: undefined };
          ledger.push(entry);
          inFlight++;
          try {
            const r = await send(http, tokens, sub);
            assert.ok(r.status >= 200 && r.status < 300, `${sub.key}: ${r.status} ${r.text.slice(0, 200)}`);
            entry.acked = r;
            acks++;
          } catch (error) {
            if (error.code === 'ERR_ASSERTION') throw error;
            // No answer: the server died with it in flight (or refused the connection). Unknown outcome.
          } finally {
            inFlight--;
          }
        }
      };
      const t0 = performance.now();
      const workers = Array.from({ length: CONNECTIONS }, worker);
      while (point.ms ? performance.now() - t0 < point.ms : acks < point.acks) await sleep(5);
      while (inFlight === 0) await sleep(1);
      const inFlightAtKill = inFlight;
      const acksAtKill = acks;
      killed = true;
      await server.kill();
      await Promise.all(workers);
      http.close();

      // Restart on the crashed data while checking the database as the crash left it: PostgreSQL is
      // read directly; PGlite's folder is copied first (one process per folder) and opened here.
      let copy;
      if (where.dataDir) {
        copy = `${where.dataDir}-copy-${n}`;
        cpSync(where.dataDir, copy, { recursive: true });
      }
      const t1 = performance.now();
      const [restart, check] = await Promise.allSettled([
        spawnServer(env).then((s) => ({ s, ms: Math.round(performance.now() - t1) })),
        verify(copy ? { dataDir: copy } : where, tag, ledger, round).finally(() => copy && rmSync(copy, { recursive: true, force: true })),
      ]);
      if (restart.status === 'rejected') throw restart.reason;
      const restarted = restart.value;
      server = restarted.s;
      if (check.status === 'rejected') throw check.reason;
      const stored = check.value;
      const health = await fetch(`${server.url}/health`);
      assert.equal(health.status, 200, `${round}: healthy after restart`);
      assert.equal((await fetch(`${server.url}/goals`, { headers: { authorization: `Bearer ${tokens['p-priya']}` } })).status, 200, `${round}: serves after restart`);
      const unacked = ledger.filter((e) => !e.acked);
      const present = unacked.filter((e) => stateOf(stored, e.sub).entities.length === 1).length;
      report.push({
        round, inFlightAtKill, acknowledgedBeforeKill: acksAtKill, unacknowledged: unacked.length, unacknowledgedButStored: present,
        retriedFromPreviousRound: retried.length, restartMs: restarted.ms,
      });
      assert.ok(inFlightAtKill > 0, `${round}: requests were in flight`);
    }
  }
  let retried;
  try {
    await rounds();
    retried = await retryUnacknowledged();
  } catch (error) {
    server.child.kill('SIGKILL');
    throw error;
  }
  await server.stop();
  const stored = await verify(where, tag, ledger, 'after the last retries');
  assert.ok(ledger.every((e) => e.acked), 'every submission acknowledged in the end');
  const total = stored.checkIns.length + stored.feedback.length + stored.responses.length;
  assert.equal(total, ledger.length, 'every submission stored exactly once');
  assert.equal(stored.keys.length, ledger.length);
  console.log(`kill ${where.databaseUrl ? 'postgres' : 'pglite'}: ${JSON.stringify({ submissions: ledger.length, lastRetries: retried.length, rounds: report }, null, 2)}`);
}

onBothBackends(describe, it, 'the reference server killed mid-write (SIGKILL) and restarted', 'loses nothing it acknowledged, stores nothing by halves, starts cleanly', (where) => killAndRestart(where, 'kl'));
