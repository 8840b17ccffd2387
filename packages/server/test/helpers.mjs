/**
 * Shared by the server's node tests: builds the server and the contract package from source
 * (esbuild, ~0.2 s), starts servers on free ports, finds or starts a throw-away PostgreSQL.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, chownSync } from 'node:fs';
import { createServer } from 'node:net';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let built;
export function buildAll() {
  built ??= (async () => {
    const { buildServer } = await import('../build.mjs');
    const { buildTesting } = await import('../../testing/build.mjs');
    await Promise.all([buildServer(), buildTesting()]);
  })();
  return built;
}

export async function serverModule() {
  await buildAll();
  return import('../dist/server.mjs');
}

export async function testingModule() {
  await buildAll();
  return import('../../testing/dist/index.mjs');
}

/** Starts a server on PGlite in memory (or on `databaseUrl`) and fetches its dev tokens. */
export async function start(options = {}) {
  const { startServer } = await serverModule();
  const server = await startServer({ dataDir: 'memory://', ...options });
  const people = (await (await fetch(`${server.url}/auth/dev-tokens`)).json()).people;
  const tokens = Object.fromEntries(people.map((p) => [p.id, p.token]));
  /** fetch as a person: `as('p-priya')('/goals', init)`. */
  const as = (personId) => (path, init = {}) =>
    fetch(server.url + path, {
      ...init,
      headers: {
        ...(personId ? { authorization: `Bearer ${tokens[personId]}` } : {}),
        ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...init.headers,
      },
    });
  return { server, url: server.url, people, tokens, as };
}

/** A hash of every stored document: equal before and after means nothing changed. */
export async function dump(db) {
  const tables = ['people', 'goals', 'check_ins', 'assignments', 'responses', 'feedback', 'feedback_requests', 'idempotency_keys'];
  const parts = [];
  for (const t of tables) {
    const rows = await db.query(`SELECT * FROM ${t} ORDER BY 1, 2, 3`);
    parts.push(t, JSON.stringify(rows));
  }
  return createHash('sha256').update(parts.join('\n')).digest('hex');
}

const freePort = () => new Promise((resolve, reject) => {
  const s = createServer();
  s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  s.on('error', reject);
});

function findPgBin() {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  for (const v of versions) if (existsSync(join(root, v, 'bin', 'initdb'))) return join(root, v, 'bin');
  return undefined;
}

/**
 * A PostgreSQL to test against: PM_TEST_DATABASE_URL (as .ci/run sets) or a throw-away cluster
 * started here (as the postgres user when running as root). Resolves `{ url, stop }` or
 * `{ skip: reason }` when no PostgreSQL can be started.
 */
export async function postgres() {
  const given = process.env.PM_TEST_DATABASE_URL;
  if (given) return { url: given, stop: async () => {} };
  const bin = findPgBin();
  if (!bin) return { skip: 'no PostgreSQL installed (apt-get install postgresql, or set PM_TEST_DATABASE_URL)' };
  const dir = mkdtempSync(join(tmpdir(), 'pm-pg-'));
  const root = process.getuid?.() === 0;
  const run = (cmd, args) => {
    const r = root ? spawnSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { encoding: 'utf8' }) : spawnSync(cmd, args, { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr || r.stdout || r.error}`);
  };
  try {
    if (root) {
      const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
      const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
      chownSync(dir, uid, gid);
    }
    const port = await freePort();
    run(join(bin, 'initdb'), ['-D', join(dir, 'data'), '-A', 'trust', '-U', 'postgres', '--no-sync']);
    run(join(bin, 'pg_ctl'), ['-D', join(dir, 'data'), '-l', join(dir, 'log'), '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']);
    return {
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      stop: async () => {
        try { run(join(bin, 'pg_ctl'), ['-D', join(dir, 'data'), '-m', 'fast', '-w', 'stop']); } finally { rmSync(dir, { recursive: true, force: true }); }
      },
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    return { skip: `PostgreSQL could not be started: ${error.message.split('\n')[0]}` };
  }
}

/** A fresh, empty database in that PostgreSQL (dropped by `drop`). */
export async function freshDatabase(url) {
  const { default: pg } = await import('pg');
  const name = `pm_test_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
