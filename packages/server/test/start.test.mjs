/**
 * PGlite keeps its data in the data folder across restarts (migrations applied once), and
 * `npm start` (scripts/start.mjs) brings up the reference server and the demo portal together.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { buildAll, start } from './helpers.mjs';

const dir = mkdtempSync(join(tmpdir(), 'pm-data-'));
after(() => rmSync(dir, { recursive: true, force: true }));

it('PGlite keeps the data in its folder across restarts, migrations applied once', async () => {
  let s = await start({ dataDir: dir });
  const { goals } = await (await s.as('p-priya')('/goals?ownerId=p-priya')).json();
  const goal = goals[0];
  const put = await s.as('p-priya')(`/goals/${goal.id}`, { method: 'PUT', headers: { 'if-match': `"${goal.version}"` }, body: JSON.stringify({ ...goal, title: 'Kept across restarts' }) });
  assert.equal(put.status, 200);
  await s.server.close();
  s = await start({ dataDir: dir });
  try {
    const again = await (await s.as('p-priya')(`/goals/${goal.id}`)).json();
    assert.equal(again.title, 'Kept across restarts');
    assert.deepEqual((await s.server.db.query('SELECT name FROM schema_migrations')).map((r) => r.name).sort(), ['001_init.sql', '002_server_state.sql']);
  } finally {
    await s.server.close();
  }
});

it('npm start serves the demo portal wired to the reference server', async () => {
  await buildAll();
  const root = fileURLToPath(new URL('../../..', import.meta.url));
  const child = spawn(process.execPath, [join(root, 'scripts/start.mjs')], {
    cwd: root,
    env: { ...process.env, PORT: '0', PM_API_PORT: '0', PM_DATA_DIR: join(dir, 'start'), PM_REBUILD: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (c) => { out += c; });
  child.stderr.on('data', (c) => { out += c; });
  try {
    const deadline = Date.now() + 90_000;
    let api;
    let page;
    while (Date.now() < deadline && !(api && page)) {
      api ??= /server on (http:\/\/\S+)/.exec(out)?.[1];
      page ??= /Local:\s+(http:\/\/\S+)/.exec(out.replace(/\x1b\[[0-9;]*m/g, ''))?.[1];
      await new Promise((r) => setTimeout(r, 200));
    }
    assert.ok(api && page, `both started:\n${out}`);
    assert.deepEqual(await (await fetch(`${api}/health`)).json(), { ok: true, database: 'pglite' });
    const html = await (await fetch(page)).text();
    assert.match(html, /<pm-provider/);
    const main = await (await fetch(new URL('main.ts', page))).text();
    assert.match(main, /backend/);
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
});
