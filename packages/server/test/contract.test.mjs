/**
 * The adapter contract suite through core's REST adapter against the real server over HTTP, on
 * PGlite and on PostgreSQL; and the pm-widgets-contract CLI against it and against a broken one.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { freshDatabase, postgres, start, testingModule } from './helpers.mjs';

const CLI = fileURLToPath(new URL('../../testing/bin/pm-widgets-contract.mjs', import.meta.url));

function failuresOf(report) {
  return report.results.filter((r) => r.status === 'failed').map((r) => `${r.title}: ${r.error?.message}`).join('\n');
}

describe('contract over HTTP on PGlite', () => {
  let s;
  before(async () => { s = await start(); });
  after(async () => { await s?.server.close(); });

  it('passes every check through the REST adapter', async () => {
    const { runHttpContract } = await testingModule();
    const report = await runHttpContract({ baseUrl: s.url, devTokens: true });
    assert.equal(report.failed, 0, failuresOf(report));
    assert.ok(report.passed >= 25, `${report.passed} passed`);
  });
});

describe('contract over HTTP on PostgreSQL', () => {
  let pg;
  let db;
  let s;
  before(async () => {
    pg = await postgres();
    if (pg.skip) return;
    db = await freshDatabase(pg.url);
    s = await start({ databaseUrl: db.url });
  });
  after(async () => {
    await s?.server.close();
    await db?.drop();
    await pg?.stop?.();
  });

  it('passes every check through the REST adapter', async (t) => {
    if (pg.skip) return t.skip(`PostgreSQL run skipped: ${pg.skip}`);
    assert.equal(s.server.db.kind, 'postgres');
    const { runHttpContract } = await testingModule();
    const report = await runHttpContract({ baseUrl: s.url, devTokens: true });
    assert.equal(report.failed, 0, failuresOf(report));
  });

  it('keeps the data when the server restarts on the same database, migrations applied once', async (t) => {
    if (pg.skip) return t.skip(`PostgreSQL run skipped: ${pg.skip}`);
    const goals = await (await s.as('p-priya')('/goals')).json();
    await s.server.close();
    s = await start({ databaseUrl: db.url });
    const again = await (await s.as('p-priya')('/goals')).json();
    assert.deepEqual(again.goals.map((g) => g.id).sort(), goals.goals.map((g) => g.id).sort());
    const migrations = await s.server.db.query('SELECT name FROM schema_migrations');
    assert.deepEqual(migrations.map((m) => m.name), ['001_init.sql']);
  });
});

const runCli = (args) => new Promise((resolve) => {
  execFile(process.execPath, [CLI, ...args], { env: { ...process.env, PM_REBUILD: '0' }, timeout: 120_000 }, (error, stdout, stderr) =>
    resolve({ code: error ? error.code : 0, stdout, stderr }));
});

describe('pm-widgets-contract CLI', () => {
  let good;
  let broken;
  let proxy;
  before(async () => {
    await testingModule();
    good = await start();
    broken = await start();
    // A deliberately broken backend: listGoals answers a bare array, and the Idempotency-Key is
    // dropped on the way, so retried submissions are stored twice.
    proxy = createServer(async (req, res) => {
      const chunks = [];
      for await (const c of req) chunks.push(c);
      const headers = { ...req.headers };
      delete headers['idempotency-key'];
      delete headers.host;
      delete headers['content-length'];
      const upstream = await fetch(broken.url + req.url, { method: req.method, headers, body: chunks.length ? Buffer.concat(chunks) : undefined });
      let body = Buffer.from(await upstream.arrayBuffer());
      if (req.method === 'GET' && req.url.startsWith('/goals') && upstream.ok) body = Buffer.from(JSON.stringify(JSON.parse(body).goals));
      res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' });
      res.end(body);
    });
    await new Promise((r) => proxy.listen(0, '127.0.0.1', r));
  });
  after(async () => {
    await good?.server.close();
    await broken?.server.close();
    proxy?.close();
  });

  it('passes against the reference server and says so', async () => {
    const { code, stdout } = await runCli([good.url, '--dev-tokens']);
    assert.equal(code, 0, stdout);
    assert.match(stdout, /✔ reads return schema-valid data › listGoals/);
    assert.match(stdout, /^\d+ passed, 0 failed$/m);
  });

  it('prints useful failures against a broken server, and exits 1', async () => {
    const { code, stdout } = await runCli([`http://127.0.0.1:${proxy.address().port}`, '--dev-tokens']);
    assert.equal(code, 1, stdout);
    assert.match(stdout, /✘ .*listGoals/);
    assert.match(stdout, /listGoals returned an array/);
    assert.match(stdout, /→ the widgets: <pm-goal-tree> shows its error state/);
    assert.match(stdout, /Idempotency-Key/i);
    assert.match(stdout, /^\d+ passed, [1-9]\d* failed$/m);
  });
});
