/**
 * The server's HTTP rules with real tokens: every authorisation rule refuses the wrong person;
 * hostile input (malformed JSON, wrong types, oversize bodies, unknown fields, SQL injection)
 * gets a clean 4xx problem and changes nothing; ETag / If-Match; idempotency under concurrency;
 * Retry-After; the OpenAPI document against core's schemas.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { dump, serverModule, start } from './helpers.mjs';

// The demo organisation (core's demo data): Priya reports to Mei, Mei to Lars; Diego is Priya's teammate.
const PRIYA = 'p-priya';
const MEI = 'p-mei';
const LARS = 'p-lars';
const DIEGO = 'p-diego';

let s;
before(async () => { s = await start({ bodyLimit: 64 * 1024 }); });
after(async () => { await s?.server.close(); });

async function problemOf(response, status) {
  assert.equal(response.status, status, `expected ${status}, got ${response.status}: ${await response.clone().text()}`);
  assert.match(response.headers.get('content-type') ?? '', /application\/problem\+json/);
  const body = await response.json();
  assert.equal(body.status, status);
  assert.equal(typeof body.title, 'string');
  assert.equal(typeof body.detail, 'string');
  return body;
}

const week = (() => { let n = 0; return () => `2300-W${String(++n).padStart(2, '0')}`; })();
const draft = (personId, period, extra = {}) => ({ personId, period, status: 'draft', goalUpdates: [], wins: 'w', blockers: '', focus: 'f', answers: {}, ...extra });
const key = () => `k-${Math.random().toString(36).slice(2)}`;

describe('authorisation with real tokens', () => {
  it('refuses calls without a valid token (401)', async () => {
    await problemOf(await s.as(null)('/goals'), 401);
    const forged = s.tokens[PRIYA].replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    await problemOf(await fetch(`${s.url}/goals`, { headers: { authorization: `Bearer ${forged}` } }), 401);
  });

  it('accepts a token only in the exact text it was issued in (no other last character decodes to it)', async () => {
    const { createDevTokens } = await serverModule();
    const tokens = createDevTokens('a fixed secret');
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (const person of [PRIYA, MEI, LARS, DIEGO]) {
      const token = tokens.issue(person);
      assert.equal(tokens.verify(token), person);
      for (const c of alphabet.replace(token.at(-1), '')) {
        assert.equal(tokens.verify(token.slice(0, -1) + c), null, `last character ${token.at(-1)} → ${c}`);
      }
    }
  });

  it('check-ins: the person and their managers read; only the person writes; only managers reply', async () => {
    const period = week();
    assert.equal((await s.as(PRIYA)(`/people/${PRIYA}/check-ins/${period}`)).status, 200);
    assert.equal((await s.as(MEI)(`/people/${PRIYA}/check-ins/${period}`)).status, 200);
    assert.equal((await s.as(LARS)(`/people/${PRIYA}/check-ins/${period}`)).status, 200, 'the manager\'s manager');
    await problemOf(await s.as(DIEGO)(`/people/${PRIYA}/check-ins/${period}`), 403);
    await problemOf(await s.as(MEI)(`/people/${PRIYA}/check-ins/${period}/draft`, { method: 'PUT', body: JSON.stringify(draft(PRIYA, period)) }), 403);
    const submitted = await s.as(PRIYA)(`/people/${PRIYA}/check-ins/${period}/submission`, {
      method: 'POST', headers: { 'idempotency-key': key() }, body: JSON.stringify({ ...draft(PRIYA, period), status: 'submitted' }),
    });
    assert.equal(submitted.status, 200);
    const { id } = await submitted.json();
    for (const who of [PRIYA, DIEGO]) {
      await problemOf(await s.as(who)(`/check-ins/${id}/reply`, { method: 'POST', headers: { 'idempotency-key': key() }, body: JSON.stringify({ body: 'Nice' }) }), 403);
    }
    assert.equal((await s.as(MEI)(`/check-ins/${id}/reply`, { method: 'POST', headers: { 'idempotency-key': key() }, body: JSON.stringify({ body: 'Nice' }) })).status, 200);
  });

  it('feedback: private only for giver and receiver; manager-visible also for the receiver\'s managers', async () => {
    const give = async (from, visibility) => {
      const r = await s.as(from)('/feedback', { method: 'POST', headers: { 'idempotency-key': key() }, body: JSON.stringify({ kind: 'coaching', toId: PRIYA, body: `${visibility} note from ${from}`, visibility }) });
      assert.equal(r.status, 201, await r.clone().text());
      return (await r.json()).id;
    };
    const privateId = await give(DIEGO, 'private');
    const managerId = await give(DIEGO, 'manager');
    const publicId = await give(DIEGO, 'public');
    const seen = async (who) => new Set((await (await s.as(who)(`/people/${PRIYA}/feedback?limit=10`)).json()).items.map((i) => i.id));
    const priya = await seen(PRIYA);
    const diego = await seen(DIEGO);
    const mei = await seen(MEI);
    const other = await seen('p-kenji');
    assert.ok(priya.has(privateId) && priya.has(managerId) && priya.has(publicId), 'receiver sees all');
    assert.ok(diego.has(privateId) && diego.has(managerId), 'giver sees theirs');
    assert.ok(!mei.has(privateId) && mei.has(managerId), 'manager: manager-visible yes, private no');
    assert.ok(!other.has(privateId) && !other.has(managerId) && other.has(publicId), 'anyone else: public only');
    const page = await (await s.as('p-kenji')(`/people/${PRIYA}/feedback?counts=true&limit=5`)).json();
    assert.equal(page.counts, undefined, 'no counts that would reveal hidden items');
    await problemOf(await s.as(DIEGO)('/feedback', { method: 'POST', headers: { 'idempotency-key': key() }, body: JSON.stringify({ kind: 'praise', toId: PRIYA, fromId: MEI, body: 'Forged', visibility: 'public' }) }), 403);
  });

  it('feedback requests: asked about yourself or your reports; listed only to the person asked', async () => {
    await problemOf(await s.as(DIEGO)('/feedback-requests', { method: 'POST', headers: { 'idempotency-key': key() }, body: JSON.stringify({ toIds: [MEI], aboutId: PRIYA, question: 'How is Priya doing?' }) }), 403);
    assert.equal((await s.as(MEI)('/feedback-requests', { method: 'POST', headers: { 'idempotency-key': key() }, body: JSON.stringify({ toIds: [DIEGO], aboutId: PRIYA, question: 'How is Priya doing?' }) })).status, 201);
    await problemOf(await s.as(PRIYA)(`/people/${DIEGO}/feedback-requests`), 403);
    const list = await (await s.as(DIEGO)(`/people/${DIEGO}/feedback-requests`)).json();
    assert.ok(list.requests.some((r) => r.question === 'How is Priya doing?'));
  });

  it('surveys: an assignment only to its rater; responses never served, only the aggregate', async () => {
    const upward = 'a-cur-mei-priya';
    assert.equal((await s.as(PRIYA)(`/assignments/${upward}`)).status, 200);
    for (const who of [MEI, LARS, DIEGO]) await problemOf(await s.as(who)(`/assignments/${upward}`), 403);
    await problemOf(await s.as(MEI)(`/assignments/${upward}/draft`, { method: 'PUT', body: JSON.stringify({ answers: {} }) }), 403);
    await problemOf(await s.as(MEI)(`/people/${PRIYA}/assignments`), 403);
    // No route serves a response; a profile is the aggregate only, for the person and their managers.
    for (const path of ['/responses', `/people/${MEI}/responses`, `/assignments/${upward}/response`]) {
      assert.ok([401, 403, 404].includes((await s.as(MEI)(path)).status), path);
    }
    assert.equal((await s.as(LARS)(`/people/${MEI}/competency-profile`)).status, 200);
    await problemOf(await s.as(PRIYA)(`/people/${MEI}/competency-profile`), 403);
    const profile = await (await s.as(MEI)(`/people/${MEI}/competency-profile`)).json();
    const text = JSON.stringify(profile);
    assert.ok(!/raterId|answers|"p-priya"/.test(text), 'no rater identities or raw answers in the profile');
  });

  it('goals: everyone reads; the owner and the owner\'s managers write', async () => {
    const { goals } = await (await s.as(DIEGO)('/goals')).json();
    const mine = goals.find((g) => g.ownerId === PRIYA);
    assert.ok(mine);
    const put = (who, goal) => s.as(who)(`/goals/${goal.id}`, { method: 'PUT', headers: { 'if-match': `"${goal.version}"` }, body: JSON.stringify({ ...goal, title: `${goal.title} (${who})` }) });
    await problemOf(await put(DIEGO, mine), 403);
    const byMei = await put(MEI, mine);
    assert.equal(byMei.status, 200);
    const updated = await byMei.json();
    assert.equal((await put(PRIYA, updated)).status, 200);
    const created = { ...mine, id: `g-test-${key()}`, version: undefined, updatedAt: undefined, title: 'New', ownerId: PRIYA };
    await problemOf(await s.as(DIEGO)('/goals', { method: 'POST', body: JSON.stringify(created) }), 403);
    assert.equal((await s.as(LARS)('/goals', { method: 'POST', body: JSON.stringify(created) })).status, 201);
  });
});

describe('ETag and If-Match on goals', () => {
  it('answers ETag; 428 without If-Match; 412 with a stale one (and the current goal); deletes with the current one', async () => {
    const { goals } = await (await s.as(PRIYA)(`/goals?ownerId=${PRIYA}`)).json();
    const goal = goals[0];
    const read = await s.as(PRIYA)(`/goals/${goal.id}`);
    const tag = read.headers.get('etag');
    assert.equal(tag, `"${goal.version}"`);
    await problemOf(await s.as(PRIYA)(`/goals/${goal.id}`, { method: 'PUT', body: JSON.stringify(goal) }), 428);
    const ok = await s.as(PRIYA)(`/goals/${goal.id}`, { method: 'PUT', headers: { 'if-match': tag }, body: JSON.stringify({ ...goal, title: 'First' }) });
    assert.equal(ok.status, 200);
    assert.equal(ok.headers.get('etag'), `"${goal.version + 1}"`);
    const stale = await problemOf(await s.as(PRIYA)(`/goals/${goal.id}`, { method: 'PUT', headers: { 'if-match': tag }, body: JSON.stringify({ ...goal, title: 'Second' }) }), 412);
    assert.equal(stale.current.title, 'First');
    await problemOf(await s.as(PRIYA)(`/goals/${goal.id}`, { method: 'DELETE' }), 428);
    await problemOf(await s.as(PRIYA)(`/goals/${goal.id}`, { method: 'DELETE', headers: { 'if-match': tag } }), 412);
  });
});

describe('idempotency', () => {
  const submit = (period, k, wins = 'w') => s.as(PRIYA)(`/people/${PRIYA}/check-ins/${period}/submission`, {
    method: 'POST', headers: { 'idempotency-key': k }, body: JSON.stringify({ ...draft(PRIYA, period), status: 'submitted', wins }),
  });

  it('same key and body → the stored answer; another body → 422; no key → 428', async () => {
    const period = week();
    const k = key();
    const first = await submit(period, k);
    assert.equal(first.status, 200);
    const again = await submit(period, k);
    assert.equal(again.status, 200);
    assert.equal(again.headers.get('idempotency-replayed'), 'true');
    assert.deepEqual(await again.json(), await first.json());
    await problemOf(await submit(period, k, 'different'), 422);
    const noKey = await s.as(PRIYA)(`/people/${PRIYA}/check-ins/${week()}/submission`, { method: 'POST', body: JSON.stringify({ ...draft(PRIYA, '2300-W40'), status: 'submitted' }) });
    assert.ok([400, 428].includes(noKey.status));
  });

  it('ten concurrent requests with one key store one item and all get the same answer', async () => {
    const k = key();
    const body = JSON.stringify({ kind: 'praise', toId: PRIYA, body: `Concurrent ${k}`, visibility: 'public' });
    const answers = await Promise.all(Array.from({ length: 10 }, () => s.as(DIEGO)('/feedback', { method: 'POST', headers: { 'idempotency-key': k }, body })));
    const bodies = await Promise.all(answers.map((r) => r.json()));
    assert.deepEqual(answers.map((r) => r.status), Array(10).fill(201));
    assert.equal(new Set(bodies.map((b) => b.id)).size, 1);
    const stored = await s.server.db.query("SELECT count(*)::int AS n FROM feedback WHERE doc->>'body' = $1", [`Concurrent ${k}`]);
    assert.equal(stored[0].n, 1);
  });
});

describe('hostile input gets a clean 4xx and changes nothing', () => {
  const SQL = [
    "' OR '1'='1", "'; DROP TABLE goals; --", '" OR 1=1 --', "1; DELETE FROM feedback", "p-priya' --",
    "x') ; UPDATE goals SET doc = '{}' ; --", '$1', "\\'; TRUNCATE people; --", 'Robert\'); DROP TABLE check_ins;--',
  ];

  it('malformed JSON, wrong types, unknown fields, wrong content type, oversize bodies', async () => {
    const before = await dump(s.server.db);
    const period = week();
    const put = (body, headers = {}) => s.as(PRIYA)(`/people/${PRIYA}/check-ins/${period}/draft`, { method: 'PUT', body, headers });
    const bad = await problemOf(await put('{"personId": "p-priya", '), 400);
    assert.match(bad.detail, /JSON/);
    const typed = await problemOf(await put(JSON.stringify(draft(PRIYA, period, { mood: 'happy', goalUpdates: 'none' }))), 400);
    assert.ok(typed.errors.some((e) => e.path === 'mood'), JSON.stringify(typed.errors));
    assert.ok(typed.errors.some((e) => e.path === 'goalUpdates'));
    const unknown = await problemOf(await put(JSON.stringify(draft(PRIYA, period, { isAdmin: true }))), 400);
    assert.deepEqual(unknown.errors, [{ path: 'isAdmin', message: 'unknown field' }]);
    await problemOf(await put(JSON.stringify(draft(PRIYA, period)), { 'content-type': 'text/plain' }), 415);
    await problemOf(await put(JSON.stringify(draft(PRIYA, period, { wins: 'x'.repeat(100 * 1024) }))), 413);
    const proto = JSON.stringify(draft(PRIYA, period)).replace(/^\{/, '{"__proto__": {"isAdmin": true}, ');
    const polluted = await problemOf(await put(proto), 400);
    assert.deepEqual(polluted.errors, [{ path: '__proto__', message: 'unknown field' }]);
    assert.equal({}.isAdmin, undefined);
    assert.equal(await dump(s.server.db), before);
  });

  it('an SQL-injection corpus in paths, queries and bodies', async () => {
    const before = await dump(s.server.db);
    for (const evil of SQL) {
      const e = encodeURIComponent(evil);
      for (const path of [`/goals/${e}`, `/people/${e}/feedback`, `/people/${e}/check-ins/2026-W01`, `/assignments/${e}`, `/goals?ownerId=${e}`, `/goals?rootId=${e}`, `/people/${PRIYA}/feedback?cursor=${e}&kinds=${e}`]) {
        const r = await s.as(PRIYA)(path);
        assert.ok(r.status >= 400 && r.status < 500 || r.status === 200, `${path} → ${r.status}`);
        if (r.status !== 200) await problemOf(r, r.status);
      }
      const r = await s.as(PRIYA)('/feedback', { method: 'POST', headers: { 'idempotency-key': key() }, body: JSON.stringify({ kind: 'praise', toId: evil, body: evil, visibility: 'public' }) });
      assert.ok(r.status >= 400 && r.status < 500, `${r.status}`);
      const g = await s.as(PRIYA)(`/goals/${e}`, { method: 'DELETE', headers: { 'if-match': '"1"' } });
      assert.ok(g.status >= 400 && g.status < 500);
    }
    assert.equal(await dump(s.server.db), before);
    const tables = await s.server.db.query("SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name IN ('goals','people','feedback','check_ins')");
    assert.equal(tables[0].n, 4);
  });
});

describe('Retry-After', () => {
  it('429 with Retry-After past the rate limit', async () => {
    const { startServer } = await serverModule();
    const small = await startServer({ dataDir: 'memory://', rateLimitPerMinute: 3 });
    try {
      const token = small.devTokens.issue(PRIYA);
      const statuses = [];
      let last;
      for (let i = 0; i < 5; i++) {
        last = await fetch(`${small.url}/people/${PRIYA}/feedback-requests`, { headers: { authorization: `Bearer ${token}` } });
        statuses.push(last.status);
      }
      assert.deepEqual(statuses, [200, 200, 200, 429, 429]);
      assert.ok(Number(last.headers.get('retry-after')) > 0);
    } finally {
      await small.close();
    }
  });
});

describe('OpenAPI', () => {
  it('covers every port method, with schemas generated from core\'s', async () => {
    const { ALL_PORT_METHODS, COMPONENT_SCHEMAS, jsonSchemaOf } = await serverModule();
    const doc = await (await fetch(`${s.url}/openapi.json`)).json();
    assert.equal(doc.openapi, '3.1.0');
    const covered = new Set(Object.values(doc.paths).flatMap((ops) => Object.values(ops).map((op) => op['x-port-method'])));
    for (const method of ALL_PORT_METHODS) assert.ok(covered.has(method), `OpenAPI has no operation for ${method}`);
    for (const [name, schema] of Object.entries(COMPONENT_SCHEMAS)) {
      const io = /Input|Draft$|Submission|Body/.test(name) ? 'input' : 'output';
      assert.deepEqual(doc.components.schemas[name], jsonSchemaOf(schema, io), `${name} drifted from core`);
    }
    // Formats core checks by hand (to keep zod/mini small) are still named in the document.
    assert.equal(doc.components.schemas.FeedbackItem.properties.link.format, 'uri');
    assert.equal(doc.components.schemas.Goal.properties.dueDate.format, 'date');
    assert.equal(doc.components.schemas.Goal.properties.updatedAt.format, 'date-time');
    // Every $ref resolves.
    const refs = JSON.stringify(doc).match(/#\/components\/schemas\/[\w]+/g);
    for (const ref of new Set(refs)) assert.ok(doc.components.schemas[ref.split('/').pop()], ref);
    const docs = await fetch(`${s.url}/docs`);
    assert.equal(docs.status, 200);
    assert.match(await docs.text(), /GET \/goals/);
  });

  it('what the server answers validates against the document\'s response schemas', async () => {
    const doc = await (await fetch(`${s.url}/openapi.json`)).json();
    const required = doc.components.schemas.GoalList.required;
    const body = await (await s.as(PRIYA)('/goals')).json();
    for (const field of required) assert.ok(field in body, field);
  });
});
