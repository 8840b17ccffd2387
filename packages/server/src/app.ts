import { createHash } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import * as z from 'zod/mini';
import {
  AdapterError, answersSchema, assignmentQuerySchema, checkInDraftSchema, checkInSubmissionSchema, competencyQuerySchema,
  feedbackInputSchema, feedbackQuerySchema, feedbackRequestInputSchema, formatPath, goalInputSchema, goalQuerySchema,
  idSchema, isoWeekSchema, managerReplyInputSchema, type Goal, type Person,
} from '@pm-widgets/core';
import { createDemoData, createMemoryAdapter, type MemoryAdapter, type MemoryData } from '@pm-widgets/core/memory';
import { createDevTokens, type Authenticate, type DevTokens } from './auth.js';
import type { Db } from './db.js';
import { buildOpenApi, renderDocs } from './openapi.js';
import { DocumentStore } from './store.js';

export interface AppOptions {
  db: Db;
  /** Your SSO / JWT check: the person id a request acts as, or null (401). Default: dev tokens. */
  authenticate?: Authenticate;
  /** Secret that signs dev tokens (dev mode only). Default: random per start. */
  devSecret?: string;
  /** Largest request body in bytes; larger ones get 413. Default 256 KiB. */
  bodyLimit?: number;
  /** Requests per person per minute before 429 with Retry-After. Default 6000. */
  rateLimitPerMinute?: number;
  /** Seed and "today" of the demo organisation written into an empty database. */
  seed?: number;
  now?: Date;
  /** Origins allowed to call from a browser (CORS). Default `*` (tokens travel in headers, not cookies). */
  corsOrigin?: string | string[];
}

export interface PmApp {
  app: Hono;
  /** Dev mode only (no `authenticate` given): tokens per person. */
  devTokens: DevTokens | undefined;
  people(): Person[];
}

/** An HTTP error as problem details (RFC 9457). */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
  }
}

const STATUS_FOR: Record<string, number> = {
  'invalid-request': 422, 'not-found': 404, forbidden: 403, conflict: 409, 'not-supported': 501,
  'invalid-response': 500, network: 503, unavailable: 503,
};
const TITLE_FOR: Record<number, string> = {
  400: 'Bad request', 401: 'Not signed in', 403: 'Forbidden', 404: 'Not found', 409: 'Conflict',
  412: 'Precondition failed', 413: 'Request body too large', 415: 'Unsupported media type',
  422: 'Unprocessable content', 428: 'Precondition required', 429: 'Too many requests', 500: 'Server error',
  501: 'Not implemented', 503: 'Service unavailable',
};

function problem(c: Context, p: HttpProblem): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title: p.title, status: p.status, detail: p.detail, ...p.extra }), {
    status: p.status,
    headers: { 'content-type': 'application/problem+json', ...p.headers },
  });
}
const fail = (status: number, detail: string, extra?: Record<string, unknown>, headers?: Record<string, string>) =>
  new HttpProblem(status, TITLE_FOR[status] ?? 'Error', detail, extra, headers);

/** Paths of keys the client sent that the schema does not know (zod strips them silently). */
function unknownKeys(input: unknown, output: unknown, path: (string | number)[] = []): string[] {
  if (Array.isArray(input) && Array.isArray(output)) {
    return input.flatMap((v, i) => unknownKeys(v, output[i], [...path, i]));
  }
  if (input && typeof input === 'object' && output && typeof output === 'object' && !Array.isArray(output)) {
    return Object.keys(input).flatMap((k) =>
      Object.prototype.hasOwnProperty.call(output, k)
        ? unknownKeys((input as Record<string, unknown>)[k], (output as Record<string, unknown>)[k], [...path, k])
        : [formatPath([...path, k])],
    );
  }
  return [];
}

/** Parses with core's schema; 400 with every problem's field path, or with the unknown fields. */
function check<T>(schema: z.core.$ZodType<T>, value: unknown, what: string): T {
  const result = z.safeParse(schema, value);
  if (!result.success) {
    const errors = result.error.issues.slice(0, 20).map((i) => ({ path: formatPath(i.path) || '(root)', message: i.message }));
    throw fail(400, `${what} is not valid: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`, { errors });
  }
  const extra = unknownKeys(value, result.data);
  if (extra.length) {
    throw fail(400, `${what} has fields the contract does not know: ${extra.join(', ')}`, {
      errors: extra.map((path) => ({ path, message: 'unknown field' })),
    });
  }
  return result.data;
}

async function readJson(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(type)) throw fail(415, 'send the body as application/json');
  const text = await c.req.text();
  try {
    return JSON.parse(text);
  } catch {
    throw fail(400, 'the body is not valid JSON');
  }
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** `"3"` or `W/"3"` → 3. */
function versionFrom(ifMatch: string | undefined): number {
  if (ifMatch === undefined) throw fail(428, 'send If-Match with the version you read (the ETag of the goal), e.g. If-Match: "3"');
  const m = /^\s*(?:W\/)?"?(\d+)"?\s*$/.exec(ifMatch);
  if (!m) throw fail(400, `If-Match must be a goal's ETag such as "3", not ${JSON.stringify(ifMatch.slice(0, 40))}`);
  return Number(m[1]);
}

export async function createApp(options: AppOptions): Promise<PmApp> {
  const { db } = options;
  const store = new DocumentStore(db);
  if (await store.isEmpty()) {
    const seed = createDemoData({ seed: options.seed ?? 1, now: options.now ?? new Date() });
    await db.transaction((tx) => store.save(seed, tx));
    store.committed();
  }
  let actor: string | null = null;
  const makeEngine = (data: MemoryData) => createMemoryAdapter({ data, viewerId: () => actor, now: new Date() });
  let engine: MemoryAdapter = makeEngine(await store.load());
  let people = new Map(engine.snapshot().people.map((p) => [p.id, p]));
  const revisionIn = async (q: Pick<Db, 'query'>, lock = false) =>
    Number((await q.query<{ revision: number }>(`SELECT revision FROM server_state WHERE id = 1${lock ? ' FOR UPDATE' : ''}`))[0]!.revision);
  /** The database revision the engine holds; another process's write moves the database past it. */
  let revision = await revisionIn(db);
  const reload = async (q: Pick<Db, 'query'>, to: number) => {
    engine = makeEngine(await store.load(q));
    people = new Map(engine.snapshot().people.map((p) => [p.id, p]));
    revision = to;
  };

  const devTokens = options.authenticate ? undefined : createDevTokens(options.devSecret);
  const authenticate = options.authenticate ?? devTokens!.authenticate;

  // ----- authorisation helpers ----------------------------------------------------------------

  /** True when `viewer` is `personId`'s manager, or their manager's manager, and so on up. */
  const manages = (viewer: string, personId: string): boolean => {
    let steps = 0;
    for (let p = people.get(personId)?.managerId; p && steps++ < 100; p = people.get(p)?.managerId) {
      if (p === viewer) return true;
    }
    return false;
  };
  const selfOrManager = (viewer: string, personId: string) => viewer === personId || manages(viewer, personId);
  const deny = (detail: string) => fail(403, detail);
  /** Owner or the owner's managers; an unowned goal belongs to the top of the organisation. */
  const mayEditGoalOf = (viewer: string, ownerId: string | undefined | null) =>
    ownerId ? selfOrManager(viewer, ownerId) : !people.get(viewer)?.managerId;

  // ----- writes: one at a time, each stored in one transaction --------------------------------

  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = queue.then(fn, fn);
    queue = run.catch(() => {});
    return run;
  };

  /** Reads first catch up with writes other server processes made to the same database. */
  async function fresh(): Promise<void> {
    if ((await revisionIn(db)) === revision) return;
    await serial(async () => {
      const now = await revisionIn(db);
      if (now !== revision) await reload(db, now);
    });
  }

  /**
   * One write, in one transaction: lock the revision row (writes from every process queue there),
   * catch up if another process wrote, run `body`, store what changed and bump the revision.
   * Callers hold `serial` (one write at a time in this process).
   */
  async function transact<T>(body: (tx: Pick<Db, 'query'>) => Promise<{ result: T; changed: boolean }>): Promise<T> {
    let next: number | undefined;
    engineTouched = false;
    try {
      const result = await db.transaction(async (tx) => {
        const current = await revisionIn(tx, true);
        if (current !== revision) await reload(tx, current);
        const out = await body(tx);
        if (out.changed) {
          await store.save(engine.peek(), tx);
          await tx.query('UPDATE server_state SET revision = revision + 1 WHERE id = 1');
          next = current + 1;
        }
        return out.result;
      });
      if (next !== undefined) {
        store.committed();
        revision = next;
      }
      return result;
    } catch (error) {
      // The engine ran but the transaction did not commit (a query or the commit failed, or the
      // operation threw halfway): forget whatever it changed, so the copy never shows, nor a later
      // write stores, something the database refused.
      if (engineTouched) await reload(db, await revisionIn(db)).catch(() => {});
      if (error instanceof HttpProblem || AdapterError.is(error)) throw error;
      throw fail(503, `the database could not store the change (${(error as Error).message})`, {}, { 'retry-after': '2' });
    }
  }

  /** Set when a write ran an engine operation in the current transaction (writes are serial). */
  let engineTouched = false;
  const asActor = async <T>(who: string, fn: () => Promise<T>): Promise<T> => {
    engineTouched = true;
    actor = who;
    try {
      return await fn();
    } finally {
      actor = null;
    }
  };

  /** A write through the engine, stored in one transaction. Callers hold `serial`. */
  const write = <T>(who: string, fn: () => Promise<T>): Promise<T> =>
    transact(async () => ({ result: await asActor(who, fn), changed: true }));

  /** Same key + same body → the stored answer; same key + another body → 422; two at once → one runs. */
  async function keyed(c: Context, who: string, operation: string, body: unknown, fn: (engineKey: string) => Promise<unknown>, status = 200) {
    const key = c.req.header('idempotency-key');
    if (key === undefined) throw fail(428, `${operation} needs an Idempotency-Key header (any unique string per submission, reused on retries)`);
    check(idSchema, key, 'Idempotency-Key');
    const hash = sha256(`${c.req.path}\n${JSON.stringify(body)}`);
    // The lookup runs inside the write's transaction, after the revision lock: two requests with
    // one key (on this process or another) never both get past it.
    const answer = await serial(() => transact(async (tx) => {
      const rows = await tx.query<{ request_hash: string; status: number; response: unknown }>(
        'SELECT request_hash, status, response FROM idempotency_keys WHERE actor = $1 AND operation = $2 AND key = $3',
        [who, operation, key],
      );
      const seen = rows[0];
      if (seen) {
        if (seen.request_hash !== hash) {
          throw fail(422, `Idempotency-Key "${key}" was already used for a different ${operation} request; use a new key for a new submission`);
        }
        return { result: { replayed: true, status: seen.status, value: seen.response }, changed: false };
      }
      const value = await asActor(who, () => fn(sha256(`${who}\n${operation}\n${key}`)));
      await tx.query(
        'INSERT INTO idempotency_keys (actor, operation, key, request_hash, status, response) VALUES ($1, $2, $3, $4, $5, $6::jsonb)',
        [who, operation, key, hash, status, JSON.stringify(value)],
      );
      return { result: { replayed: false, status, value }, changed: true };
    }));
    return c.json(answer.value as object, answer.status as 200, answer.replayed ? { 'idempotency-replayed': 'true' } : {});
  }

  // ----- rate limit ---------------------------------------------------------------------------

  const perMinute = options.rateLimitPerMinute ?? 6000;
  const windows = new Map<string, { start: number; count: number }>();
  const limit = (who: string) => {
    const now = Date.now();
    let w = windows.get(who);
    if (!w || now - w.start >= 60_000) windows.set(who, (w = { start: now, count: 0 }));
    if (++w.count > perMinute) {
      const wait = Math.ceil((w.start + 60_000 - now) / 1000);
      throw fail(429, `more than ${perMinute} requests a minute; try again in ${wait} s`, {}, { 'retry-after': String(wait) });
    }
  };

  // ----- the app ------------------------------------------------------------------------------

  type Env = { Variables: { who: string } };
  const app = new Hono<Env>();
  app.use('*', cors({
    origin: options.corsOrigin ?? '*',
    allowHeaders: ['authorization', 'content-type', 'idempotency-key', 'if-match'],
    allowMethods: ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'],
    exposeHeaders: ['etag', 'retry-after', 'idempotency-replayed', 'location'],
    maxAge: 600,
  }));
  app.use('*', bodyLimit({
    maxSize: options.bodyLimit ?? 256 * 1024,
    onError: (c) => problem(c, fail(413, `the body is larger than ${options.bodyLimit ?? 256 * 1024} bytes`)),
  }));
  app.onError((error, c) => {
    if (error instanceof HttpProblem) return problem(c, error);
    if (AdapterError.is(error)) {
      const status = STATUS_FOR[error.code] ?? 500;
      const extra = error.code === 'conflict' && error.details ? { current: error.details } : {};
      return problem(c, fail(status, error.message, extra, status === 503 ? { 'retry-after': '2' } : {}));
    }
    console.error('pm-widgets server:', error);
    return problem(c, fail(500, 'the server failed; see its log'));
  });
  app.notFound((c) => problem(c, fail(404, `no route ${c.req.method} ${c.req.path}; see /openapi.json`)));

  const openapi = buildOpenApi();
  app.get('/openapi.json', (c) => c.json(openapi));
  app.get('/docs', (c) => c.html(renderDocs(openapi)));
  app.get('/health', async (c) => {
    await db.query('SELECT 1');
    return c.json({ ok: true, database: db.kind });
  });
  if (devTokens) {
    app.get('/auth/dev-tokens', (c) =>
      c.json({
        people: [...people.values()].map((p) => ({ id: p.id, name: p.name, title: p.title, managerId: p.managerId ?? null, token: devTokens.issue(p.id) })),
      }));
  }

  const api = new Hono<Env>();
  api.use('*', async (c, next) => {
    await fresh();
    const who = await authenticate(c.req.raw);
    if (!who) throw fail(401, 'send Authorization: Bearer <token>', {}, { 'www-authenticate': 'Bearer' });
    if (!people.has(who)) throw fail(403, `"${who}" is not a person in this organisation`);
    limit(who);
    c.set('who', who);
    await next();
  });

  const param = (c: Context, name: string) => check(idSchema, c.req.param(name), `the path's ${name}`);
  const period = (c: Context) => check(isoWeekSchema, c.req.param('period'), "the path's period");
  const personExists = (id: string) => {
    if (!people.has(id)) throw fail(404, `person "${id}" does not exist`);
  };
  const etag = (goal: Goal) => ({ etag: `"${goal.version}"` });
  const goalRow = async (id: string) =>
    (await db.query<{ doc: Goal }>('SELECT doc FROM goals WHERE id = $1', [id]))[0]?.doc;

  // Goals: everyone in the organisation reads; the owner and the owner's managers write.
  api.get('/goals', async (c) => {
    const query = check(goalQuerySchema, {
      ownerId: c.req.query('ownerId'), rootId: c.req.query('rootId'), cycleId: c.req.query('cycleId'),
    }, 'the query');
    return c.json(await engine.listGoals(Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined))));
  });
  api.get('/goals/:id', async (c) => {
    const goal = await goalRow(param(c, 'id'));
    if (!goal) throw fail(404, `goal "${c.req.param('id')}" does not exist`);
    return c.json(goal, 200, etag(goal));
  });
  api.post('/goals', async (c) => {
    const who = c.get('who');
    const goal = check(goalInputSchema, await readJson(c), 'the goal');
    if (goal.version !== undefined) throw fail(400, 'a new goal has no version; update an existing goal with PUT /goals/{id}');
    if (!mayEditGoalOf(who, goal.ownerId)) throw deny('goals are created by their owner or the owner\'s managers');
    if (await goalRow(goal.id)) throw fail(409, `goal "${goal.id}" already exists; update it with PUT and If-Match`);
    const saved = await serial(() => write(who, () => engine.saveGoal(goal)));
    return c.json(saved, 201, { ...etag(saved), location: `/goals/${encodeURIComponent(saved.id)}` });
  });
  api.put('/goals/:id', async (c) => {
    const who = c.get('who');
    const id = param(c, 'id');
    const ifMatch = c.req.header('if-match');
    const goal = check(goalInputSchema, await readJson(c), 'the goal');
    if (goal.id !== id) throw fail(400, `the body's id "${goal.id}" is not the path's "${id}"`);
    return serial(async () => {
      const current = await goalRow(id);
      if (!current && ifMatch === undefined) {
        // Create: PUT to a new id (the adapter's way, safe to retry).
        if (goal.version !== undefined) throw fail(400, 'a new goal has no version');
        if (!mayEditGoalOf(who, goal.ownerId)) throw deny('goals are created by their owner or the owner\'s managers');
        const saved = await write(who, () => engine.saveGoal(goal));
        return c.json(saved, 201, etag(saved));
      }
      if (!current) throw fail(404, `goal "${id}" does not exist (it may have been deleted)`);
      const version = versionFrom(ifMatch);
      if (!mayEditGoalOf(who, current.ownerId) || (goal.ownerId !== current.ownerId && !mayEditGoalOf(who, goal.ownerId))) {
        throw deny(`goal "${id}" is edited by its owner and the owner's managers`);
      }
      if (current.version !== version) {
        throw fail(412, `goal "${id}" is at version ${current.version}, not ${version}; read it again and reapply the change`, { current }, etag(current));
      }
      const saved = await write(who, () => engine.saveGoal({ ...goal, version }));
      return c.json(saved, 200, etag(saved));
    });
  });
  api.delete('/goals/:id', async (c) => {
    const who = c.get('who');
    const id = param(c, 'id');
    const version = versionFrom(c.req.header('if-match'));
    return serial(async () => {
      const current = await goalRow(id);
      if (!current) throw fail(404, `goal "${id}" does not exist`);
      if (!mayEditGoalOf(who, current.ownerId)) throw deny(`goal "${id}" is deleted by its owner or the owner's managers`);
      if (current.version !== version) throw fail(412, `goal "${id}" is at version ${current.version}, not ${version}`, { current }, etag(current));
      await write(who, () => engine.deleteGoal(id, { version }));
      return c.body(null, 204);
    });
  });

  // Check-ins: a person reads and writes their own; their managers read and reply.
  api.get('/people/:personId/check-ins/:period', async (c) => {
    const personId = param(c, 'personId');
    personExists(personId);
    if (!selfOrManager(c.get('who'), personId)) throw deny("check-ins are read by the person and their managers");
    return c.json(await engine.getCheckIn({ personId, period: period(c) }));
  });
  const ownCheckIn = (c: Context<Env>, body: { personId: string; period: string }) => {
    const personId = param(c, 'personId');
    if (body.personId !== personId || body.period !== period(c)) throw fail(400, "the body's personId and period must be the path's");
    if (c.get('who') !== personId) throw deny('a person writes only their own check-ins');
  };
  api.put('/people/:personId/check-ins/:period/draft', async (c) => {
    const draft = check(checkInDraftSchema, await readJson(c), 'the draft');
    ownCheckIn(c, draft);
    return c.json(await serial(() => write(c.get('who'), () => engine.saveCheckInDraft(draft))));
  });
  api.post('/people/:personId/check-ins/:period/submission', async (c) => {
    const body = await readJson(c);
    const submission = check(checkInSubmissionSchema, body, 'the check-in');
    ownCheckIn(c, submission);
    return keyed(c, c.get('who'), 'submitCheckIn', body, (key) => engine.submitCheckIn(submission, { idempotencyKey: key }));
  });
  api.post('/check-ins/:checkInId/reply', async (c) => {
    const checkInId = param(c, 'checkInId');
    const body = await readJson(c);
    const reply = check(z.pick(managerReplyInputSchema, { body: true }), body, 'the reply');
    const row = (await db.query<{ person_id: string }>('SELECT person_id FROM check_ins WHERE id = $1', [checkInId]))[0];
    if (!row) throw fail(404, `check-in "${checkInId}" does not exist`);
    if (!manages(c.get('who'), row.person_id)) throw deny("replies come from the person's managers");
    return keyed(c, c.get('who'), 'replyToCheckIn', body, (key) => engine.replyToCheckIn({ checkInId, body: reply.body }, { idempotencyKey: key }));
  });

  // Surveys: an assignment is its rater's alone. Individual responses are never served.
  const raterOnly = async (c: Context<Env>) => {
    const id = param(c, 'assignmentId');
    const row = (await db.query<{ rater_id: string | null }>('SELECT rater_id FROM assignments WHERE id = $1', [id]))[0];
    if (!row) throw fail(404, `assignment "${id}" does not exist`);
    if (row.rater_id !== c.get('who')) throw deny('a survey assignment is shown only to its rater');
    return id;
  };
  api.get('/assignments/:assignmentId', async (c) => c.json(await engine.getAssignment(await raterOnly(c))));
  api.get('/people/:raterId/assignments', async (c) => {
    const raterId = param(c, 'raterId');
    personExists(raterId);
    if (raterId !== c.get('who')) throw deny('a rater lists only their own assignments');
    const status = c.req.query('status');
    const query = check(assignmentQuerySchema, status === undefined ? { raterId } : { raterId, status }, 'the query');
    return c.json(await engine.listAssignments(query));
  });
  const answersBody = z.object({ answers: answersSchema });
  api.put('/assignments/:assignmentId/draft', async (c) => {
    const id = await raterOnly(c);
    const { answers } = check(answersBody, await readJson(c), 'the draft');
    return c.json(await serial(() => write(c.get('who'), () => engine.saveSurveyDraft(id, answers))));
  });
  api.post('/assignments/:assignmentId/submission', async (c) => {
    const id = await raterOnly(c);
    const body = await readJson(c);
    const { answers } = check(answersBody, body, 'the answers');
    return keyed(c, c.get('who'), 'submitSurvey', body, (key) => engine.submitSurvey(id, answers, { idempotencyKey: key }));
  });

  // Feedback: public to the organisation; private to giver and receiver; manager-visible also to
  // the receiver's managers.
  const mayRead = (who: string, item: { visibility: string; toId: string; from?: { id: string } }) =>
    item.visibility === 'public' || who === item.toId || who === item.from?.id ||
    (item.visibility === 'manager' && manages(who, item.toId));
  api.get('/people/:personId/feedback', async (c) => {
    const who = c.get('who');
    const personId = param(c, 'personId');
    personExists(personId);
    const q = c.req.query();
    const number = (v: string | undefined) => (v === undefined || v === '' ? undefined : Number(v));
    const raw = {
      personId,
      kinds: q.kinds === undefined ? undefined : q.kinds.split(',').filter(Boolean),
      from: q.from, to: q.to, cursor: q.cursor, limit: number(q.limit),
      counts: q.counts === undefined ? undefined : q.counts === 'true',
    };
    const query = check(feedbackQuerySchema, Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)), 'the query');
    const page = await engine.listFeedback(query);
    const items = page.items.filter((item) => mayRead(who, item));
    const full = selfOrManager(who, personId) && items.length === page.items.length;
    // Totals and counts would reveal how much hidden feedback there is: only for those who see it all.
    const { total, counts, ...rest } = page;
    return c.json({ ...rest, items, ...(full && total !== undefined ? { total } : {}), ...(full && counts ? { counts } : {}) });
  });
  api.post('/feedback', async (c) => {
    const who = c.get('who');
    const body = await readJson(c);
    const input = check(feedbackInputSchema, body, 'the feedback');
    if (input.fromId !== undefined && input.fromId !== who) throw deny('feedback is given in your own name (fromId must be you, or absent)');
    personExists(input.toId);
    if (input.requestId !== undefined) {
      // Answering a request closes it and copies its question: only for the person it asked.
      const request = (await db.query<{ to_id: string }>('SELECT to_id FROM feedback_requests WHERE id = $1', [input.requestId]))[0];
      if (!request) throw fail(404, `feedback request "${input.requestId}" does not exist`);
      if (request.to_id !== who) throw deny('a feedback request is answered only by the person it asked');
    }
    return keyed(c, who, 'giveFeedback', body, (key) => engine.giveFeedback({ ...input, fromId: who }, { idempotencyKey: key }), 201);
  });
  api.post('/feedback-requests', async (c) => {
    const who = c.get('who');
    const body = await readJson(c);
    const input = check(feedbackRequestInputSchema, body, 'the request');
    if (!selfOrManager(who, input.aboutId)) throw deny('you may ask for feedback on yourself or on the people you manage');
    return keyed(c, who, 'requestFeedback', body, (key) => engine.requestFeedback(input, { idempotencyKey: key }), 201);
  });
  api.get('/people/:personId/feedback-requests', async (c) => {
    const personId = param(c, 'personId');
    personExists(personId);
    if (personId !== c.get('who')) throw deny('requests addressed to a person are shown only to them');
    return c.json(await engine.listFeedbackRequests({ personId }));
  });

  // Competencies: only core's aggregate, never a response; for the person and their managers.
  api.get('/people/:personId/competency-profile', async (c) => {
    const personId = param(c, 'personId');
    personExists(personId);
    if (!selfOrManager(c.get('who'), personId)) throw deny('a competency profile is shown to the person and their managers');
    const cycleId = c.req.query('cycleId');
    const query = check(competencyQuerySchema, cycleId === undefined ? { personId } : { personId, cycleId }, 'the query');
    return c.json(await engine.getCompetencyProfile(query));
  });

  app.route('/', api);

  return {
    app: app as unknown as Hono,
    devTokens,
    people: () => [...people.values()],
  };
}
