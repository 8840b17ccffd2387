/**
 * A write whose transaction fails at any step (the entity's insert, the idempotency key's insert,
 * the revision bump) is answered 503 and leaves no trace: not in the database, not in what the
 * server serves from its in-process copy, and not smuggled in by the next write. A retry with the
 * same key then stores it once.
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { serverModule } from './helpers.mjs';

let real;
let pm;
/** The next statement matching this fails (once), inside a write's transaction. */
let failOn = null;

before(async () => {
  const { openDb, migrate, createApp } = await serverModule();
  real = await openDb({ dataDir: 'memory://' });
  await migrate(real);
  const db = {
    kind: real.kind,
    query: (sql, params) => real.query(sql, params),
    exec: (sql) => real.exec(sql),
    close: () => real.close(),
    transaction: (fn) => real.transaction((tx) => fn({
      query: async (sql, params) => {
        if (failOn && failOn.test(sql)) {
          failOn = null;
          throw new Error('injected failure');
        }
        return tx.query(sql, params);
      },
    })),
  };
  pm = await createApp({ db, devSecret: 'write-failure' });
});
after(() => real?.close());

const call = (who, method, path, { body, key } = {}) => pm.app.request(path, {
  method,
  headers: {
    authorization: `Bearer ${pm.devTokens.issue(who)}`,
    ...(body ? { 'content-type': 'application/json' } : {}),
    ...(key ? { 'idempotency-key': key } : {}),
  },
  ...(body ? { body: JSON.stringify(body) } : {}),
});

const feedbackIn = async (text) => (await real.query("SELECT id FROM feedback WHERE doc->>'body' = $1", [text])).length;
const listed = async (text) => (await (await call('p-priya', 'GET', '/people/p-priya/feedback?limit=500')).json()).items.filter((i) => i.body === text).length;

for (const [step, pattern] of [
  ['the entity\'s insert', /INSERT INTO feedback /],
  ['the idempotency key\'s insert', /INSERT INTO idempotency_keys/],
  ['the revision bump', /UPDATE server_state/],
]) {
  it(`feedback: a failure at ${step} is a 503 that leaves no trace; the retry stores it once`, async () => {
    const text = `Failed at ${step}`;
    const key = `k-${Math.random().toString(36).slice(2)}`;
    const body = { kind: 'praise', toId: 'p-priya', body: text, visibility: 'public' };
    failOn = pattern;
    const failed = await call('p-diego', 'POST', '/feedback', { body, key });
    assert.equal(failed.status, 503, await failed.clone().text());
    assert.equal(failOn, null, 'the failure was injected');
    assert.equal(await feedbackIn(text), 0, 'not in the database');
    assert.equal(await listed(text), 0, 'not served from the in-process copy');
    // The next write stores what changed since the last commit: it must not carry the failed one in.
    const other = await call('p-mei', 'POST', '/feedback', { body: { ...body, body: `${text}, the next one` }, key: `${key}-next` });
    assert.equal(other.status, 201);
    assert.equal(await feedbackIn(text), 0, 'not stored by the next write');
    const retried = await call('p-diego', 'POST', '/feedback', { body, key });
    assert.equal(retried.status, 201, await retried.clone().text());
    assert.equal(retried.headers.get('idempotency-replayed'), null, 'stored now, not replayed');
    assert.equal(await feedbackIn(text), 1);
    assert.equal(await listed(text), 1);
  });
}

it('check-in: a failure while storing the submission leaves the week unsubmitted; the retry submits it', async () => {
  const period = '2399-W07';
  const key = 'k-check-in-failure';
  const body = { personId: 'p-priya', period, status: 'submitted', goalUpdates: [], wins: 'Failed write', blockers: '', focus: 'f', answers: {} };
  failOn = /INSERT INTO idempotency_keys/;
  assert.equal((await call('p-priya', 'POST', `/people/p-priya/check-ins/${period}/submission`, { body, key })).status, 503);
  const read = await (await call('p-priya', 'GET', `/people/p-priya/check-ins/${period}`)).json();
  assert.equal(read.checkIn ?? null, null, 'the server does not show the failed submission');
  assert.equal((await real.query('SELECT 1 FROM check_ins WHERE person_id = $1 AND doc->>\'period\' = $2', ['p-priya', period])).length, 0);
  const retried = await call('p-priya', 'POST', `/people/p-priya/check-ins/${period}/submission`, { body, key });
  assert.equal(retried.status, 200, await retried.clone().text());
  assert.equal((await real.query('SELECT 1 FROM check_ins WHERE person_id = $1 AND doc->>\'period\' = $2', ['p-priya', period])).length, 1);
});
