/**
 * Shared by the load and kill tests: the server as a child process (what `pm-widgets-server` runs),
 * a keep-alive HTTP client that times every request, the submissions the tests send, and the
 * database checks that prove what was stored.
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildAll, freshDatabase, postgres, serverModule } from '../helpers.mjs';

export const SECRET = 'faults-test-secret';
const MAIN = fileURLToPath(new URL('../../dist/main.mjs', import.meta.url));

/**
 * Starts `dist/main.mjs` on a free port with `env` (PM_DATA_DIR or DATABASE_URL). Resolves once it
 * printed its address; rejects with its output when it exits first or takes longer than `timeout`.
 */
export async function spawnServer(env, { timeout = 90_000 } = {}) {
  await buildAll();
  const t0 = performance.now();
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', PM_AUTH_SECRET: SECRET, PM_RATE_LIMIT: '100000000', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c) => { output += c; });
  child.stderr.on('data', (c) => { output += c; });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`the server did not start in ${timeout} ms:\n${output}`)); }, timeout);
    const look = () => {
      const m = /server on (http:\/\/\S+)/.exec(output);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    };
    child.stdout.on('data', look);
    exited.then(({ code, signal }) => { clearTimeout(timer); reject(new Error(`the server exited (${code ?? signal}) before listening:\n${output}`)); });
  });
  return {
    url,
    child,
    startMs: performance.now() - t0,
    output: () => output,
    exited,
    /** SIGKILL: no handler runs, nothing is flushed or closed. */
    kill: async () => { child.kill('SIGKILL'); return exited; },
    /** SIGTERM: the server closes its database and exits. */
    stop: async () => { child.kill('SIGTERM'); const r = await exited; if (r.code !== 0) throw new Error(`the server did not stop cleanly (${r.code ?? r.signal}):\n${output}`); },
  };
}

/** Dev tokens signed with the children's secret. */
export async function tokensFor(ids) {
  const { createDevTokens } = await serverModule();
  const dev = createDevTokens(SECRET);
  return Object.fromEntries(ids.map((id) => [id, dev.issue(id)]));
}

/** A keep-alive HTTP/1.1 client with `connections` sockets that times each request. */
export function client(base, { connections = 16 } = {}) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const { hostname, port } = new URL(base);
  const request = (method, path, { token, headers = {}, body } = {}) => new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
    const t0 = performance.now();
    const req = http.request({
      agent, hostname, port, method, path,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(payload ? { 'content-type': 'application/json', 'content-length': payload.length } : {}),
        ...headers,
      },
    }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json;
        try { json = text ? JSON.parse(text) : undefined; } catch { json = undefined; }
        resolve({ status: res.statusCode, headers: res.headers, text, json, ms: performance.now() - t0 });
      });
    });
    req.on('error', reject);
    req.setTimeout(30_000, () => req.destroy(new Error('timeout')));
    req.end(payload);
  });
  return { request, close: () => agent.destroy() };
}

/** Opens the database the server used, in this process (the server must be stopped for PGlite). */
export async function openStore(where) {
  const { openDb } = await serverModule();
  return openDb(where);
}

// ----- submissions ------------------------------------------------------------------------------

/** Every demo person but the CEO writes check-ins and feedback. */
export const WRITERS = [
  'p-lars', 'p-mei', 'p-priya', 'p-diego', 'p-fatima', 'p-tomasz', 'p-aisha', 'p-kenji', 'p-jonas', 'p-sofia', 'p-kwame',
  'p-hannah', 'p-ravi', 'p-elena', 'p-marcus', 'p-isabela', 'p-liam', 'p-yuki', 'p-noah', 'p-zanele', 'p-omar', 'p-grace',
  'p-ethan', 'p-valentina', 'p-jamal', 'p-hiroshi', 'p-nadia', 'p-samuel', 'p-chloe', 'p-ana', 'p-ben', 'p-leila',
  'p-olivia', 'p-mateo', 'p-ingrid', 'p-arjun', 'p-chiara', 'p-david', 'p-mariam', 'p-lucas',
];

/** Answers for every question of a survey, each valid. */
export function answersFor(survey, salt = 0) {
  const answers = {};
  for (const section of survey.sections) {
    for (const q of section.questions) {
      answers[q.id] = q.kind === 'rating'
        ? survey.scale.min + (salt % (survey.scale.max - survey.scale.min + 1))
        : q.kind === 'choice' ? (q.multiple ? [q.options[salt % q.options.length]] : q.options[salt % q.options.length]) : `Answer ${salt}`;
    }
  }
  return answers;
}

/**
 * Adds `count` open survey assignments (`a-<tag>-N`), spread over the raters, to a seeded database,
 * and returns them with valid answers. Bumps the revision so a running server reloads.
 */
export async function addAssignments(db, tag, count) {
  const template = (await db.query("SELECT doc FROM assignments WHERE id = 'a-cur-diego-priya'"))[0].doc;
  const survey = (await db.query('SELECT doc FROM surveys WHERE id = $1', [template.surveyId]))[0].doc;
  const made = [];
  await db.transaction(async (tx) => {
    for (let i = 0; i < count; i++) {
      const raterId = WRITERS[i % WRITERS.length];
      const subjectId = WRITERS[(i + 7) % WRITERS.length];
      const id = `a-${tag}-${i}`;
      const doc = { id, surveyId: template.surveyId, subjectId, raterId, relationship: 'peer', status: 'open', cycleId: template.cycleId, dueDate: template.dueDate };
      await tx.query('INSERT INTO assignments (id, doc, rater_id) VALUES ($1, $2::jsonb, $3)', [id, JSON.stringify(doc), raterId]);
      made.push({ id, raterId, subjectId, answers: answersFor(survey, i) });
    }
    await tx.query('UPDATE server_state SET revision = revision + 1 WHERE id = 1');
  });
  return made;
}

/**
 * The three submissions under test, as requests. Each has a fresh idempotency key and content that
 * is unique to it (so the database can be searched for it), and `variant()` gives the same request
 * with different content (for the conflicting-key check).
 */
export function makeSubmissions(tag) {
  let n = 0;
  const assignments = [];
  return {
    addAssignments: (list) => assignments.push(...list),
    assignmentsLeft: () => assignments.length,
    checkIn() {
      const i = ++n;
      const actor = WRITERS[i % WRITERS.length];
      // A week of its own per submission: years 2400 on, 52 weeks each.
      const period = `${2400 + Math.floor(i / 52)}-W${String((i % 52) + 1).padStart(2, '0')}`;
      const body = (text) => ({ personId: actor, period, status: 'submitted', goalUpdates: [], wins: text, blockers: '', focus: `${tag} focus ${i}`, answers: {} });
      const wins = `${tag} check-in ${i}`;
      return {
        kind: 'check-in', actor, key: `${tag}-ci-${i}`, method: 'POST', path: `/people/${actor}/check-ins/${period}/submission`,
        body: body(wins), variant: () => body(`${wins} (changed)`), period, wins,
      };
    },
    feedback() {
      const i = ++n;
      const actor = WRITERS[i % WRITERS.length];
      const toId = WRITERS[(i * 7 + 3) % WRITERS.length] === actor ? 'p-amara' : WRITERS[(i * 7 + 3) % WRITERS.length];
      const text = `${tag} feedback ${i}`;
      const body = (t) => ({ kind: 'praise', toId, body: t, visibility: i % 3 === 0 ? 'private' : 'public' });
      return { kind: 'feedback', actor, key: `${tag}-fb-${i}`, method: 'POST', path: '/feedback', body: body(text), variant: () => body(`${text} (changed)`), text, toId };
    },
    survey() {
      const a = assignments.shift();
      if (!a) return undefined;
      const i = ++n;
      const variant = { ...a.answers };
      const first = Object.keys(variant).find((k) => typeof variant[k] === 'string');
      if (first) variant[first] = `${variant[first]} (changed)`;
      return {
        kind: 'survey', actor: a.raterId, key: `${tag}-sv-${i}`, method: 'POST', path: `/assignments/${a.id}/submission`,
        body: { answers: a.answers }, variant: () => ({ answers: variant }), assignmentId: a.id, answers: a.answers,
      };
    },
  };
}

/** The id of what a 2xx answer created: check-in id, feedback id, or assignment id. */
export const answeredId = (sub, response) => response.json?.id;

export const send = (http, tokens, sub, body = sub.body) =>
  http.request(sub.method, sub.path, { token: tokens[sub.actor], headers: { 'idempotency-key': sub.key }, body });

// ----- proof from the database ------------------------------------------------------------------

const OPERATION = { 'check-in': 'submitCheckIn', feedback: 'giveFeedback', survey: 'submitSurvey' };

/** Loads what the database holds for the submissions under test. */
export async function readBack(db, tag) {
  const keys = await db.query('SELECT actor, operation, key, status, response FROM idempotency_keys WHERE key LIKE $1', [`${tag}-%`]);
  const checkIns = await db.query("SELECT id, doc, person_id FROM check_ins WHERE doc->>'wins' LIKE $1", [`${tag} %`]);
  const feedback = await db.query("SELECT id, doc, to_id, from_id FROM feedback WHERE doc->>'body' LIKE $1", [`${tag} %`]);
  const assignments = await db.query('SELECT id, doc FROM assignments WHERE id LIKE $1', [`a-${tag}-%`]);
  const responses = await db.query("SELECT id, doc FROM responses WHERE doc->>'assignmentId' LIKE $1", [`a-${tag}-%`]);
  return { keys, checkIns, feedback, assignments, responses };
}

/**
 * Where a submission stands in the database: `entity` (its row, found by its unique content) and
 * `key` (its idempotency row). Both or neither: a write is whole or absent.
 */
export function stateOf(store, sub) {
  const key = store.keys.filter((k) => k.actor === sub.actor && k.operation === OPERATION[sub.kind] && k.key === sub.key);
  let entities;
  if (sub.kind === 'check-in') {
    entities = store.checkIns.filter((r) => r.doc.wins === sub.wins || r.doc.wins === sub.variant().wins);
  } else if (sub.kind === 'feedback') {
    entities = store.feedback.filter((r) => r.doc.body === sub.text || r.doc.body === sub.variant().body);
  } else {
    entities = store.responses.filter((r) => r.doc.assignmentId === sub.assignmentId);
  }
  return { key, entities };
}

/**
 * Checks one submission's stored state; returns the problems found (empty: fine).
 * `acked`: the answer the client received (2xx), or undefined when it never got one.
 */
export function checkStored(store, sub, acked) {
  const problems = [];
  const { key, entities } = stateOf(store, sub);
  const name = `${sub.kind} ${sub.key} by ${sub.actor}`;
  if (key.length > 1 || entities.length > 1) problems.push(`${name}: stored ${entities.length} times, ${key.length} key rows (a duplicate)`);
  if (acked && (key.length !== 1 || entities.length !== 1)) problems.push(`${name}: acknowledged (${acked.status}) but ${entities.length} rows, ${key.length} key rows (a lost write)`);
  if (!acked && key.length !== entities.length) problems.push(`${name}: unacknowledged and half there: ${entities.length} rows, ${key.length} key rows (a partial write)`);
  const entity = entities[0];
  if (entity) {
    if (acked && answeredId(sub, acked) !== entity.id && sub.kind !== 'survey') problems.push(`${name}: answered id ${answeredId(sub, acked)}, stored ${entity.id}`);
    if (sub.kind === 'check-in' && (entity.doc.wins !== sub.wins || entity.doc.status !== 'submitted' || entity.person_id !== sub.actor || entity.doc.focus !== sub.body.focus)) {
      problems.push(`${name}: stored content differs: ${JSON.stringify(entity.doc).slice(0, 200)}`);
    }
    if (sub.kind === 'feedback' && (entity.doc.body !== sub.text || entity.from_id !== sub.actor || entity.to_id !== sub.toId || entity.doc.visibility !== sub.body.visibility)) {
      problems.push(`${name}: stored content differs: ${JSON.stringify(entity.doc).slice(0, 200)}`);
    }
    if (sub.kind === 'survey') {
      const assignment = store.assignments.find((a) => a.id === sub.assignmentId);
      if (!isDeepStrictEqual(entity.doc.answers, sub.answers)) problems.push(`${name}: stored answers differ`);
      if (assignment?.doc.status !== 'submitted') problems.push(`${name}: a response stored but the assignment is ${assignment?.doc.status}`);
      if (acked && acked.json?.id !== sub.assignmentId) problems.push(`${name}: answered ${acked.json?.id}`);
    }
  } else if (sub.kind === 'survey') {
    const assignment = store.assignments.find((a) => a.id === sub.assignmentId);
    if (assignment && assignment.doc.status !== 'open') problems.push(`${name}: no response, yet the assignment is ${assignment.doc.status} (a partial write)`);
  }
  return problems;
}

/** Nothing stored under the tag that no submission explains, and no id twice. */
export function checkNoStrays(store, subs) {
  const problems = [];
  const known = new Set(subs.map((s) => `${s.actor}|${s.key}`));
  for (const k of store.keys) if (!known.has(`${k.actor}|${k.key}`)) problems.push(`an idempotency row nobody sent: ${k.actor} ${k.key}`);
  const texts = new Set(subs.filter((s) => s.kind === 'feedback').map((s) => s.text));
  for (const f of store.feedback) if (!texts.has(f.doc.body)) problems.push(`feedback nobody sent (or changed content): ${f.doc.body}`);
  const wins = new Set(subs.filter((s) => s.kind === 'check-in').map((s) => s.wins));
  for (const c of store.checkIns) if (!wins.has(c.doc.wins)) problems.push(`a check-in nobody sent (or changed content): ${c.doc.wins}`);
  const byAssignment = new Map();
  for (const r of store.responses) byAssignment.set(r.doc.assignmentId, (byAssignment.get(r.doc.assignmentId) ?? 0) + 1);
  for (const [id, count] of byAssignment) if (count > 1) problems.push(`assignment ${id} has ${count} responses`);
  return problems;
}

// ----- figures ----------------------------------------------------------------------------------

export function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function summary(latencies) {
  const rows = {};
  for (const [route, list] of Object.entries(latencies)) {
    const sorted = [...list].sort((a, b) => a - b);
    rows[route] = { requests: sorted.length, p50: Math.round(percentile(sorted, 50)), p99: Math.round(percentile(sorted, 99)), max: Math.round(sorted.at(-1) ?? NaN) };
  }
  return rows;
}

/**
 * The same fault test on both backends: PGlite in a throw-away directory, and a fresh database on
 * the throw-away PostgreSQL cluster (skipped, saying why, where there is none).
 */
export function onBothBackends(describe, it, title, claim, run) {
  describe(title, { concurrency: false }, () => {
    it(`PGlite: ${claim}`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'pm-faults-'));
      try {
        await run({ dataDir: dir });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it(`PostgreSQL: ${claim}`, async (t) => {
      const pg = await postgres();
      if (pg.skip) return t.skip(pg.skip);
      const fresh = await freshDatabase(pg.url);
      try {
        await run({ databaseUrl: fresh.url });
      } finally {
        await fresh.drop();
        await pg.stop();
      }
    });
  });
}
