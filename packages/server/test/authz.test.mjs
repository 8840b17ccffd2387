/**
 * Authorisation fuzz: every route the server serves, tried with every demo person's token, with no
 * token, with a forged token and with a correctly signed token for someone outside the organisation.
 * The expectation is the TABLE below, written as data: route × the caller's relation to the person
 * the request is about → the status. Each route runs twice, about Priya (an engineer: two levels of
 * managers above her, no reports) and about Mei (her manager: reports below, a peer beside), so every
 * relation occurs. Any mismatch fails the test, and so does any route the router or the OpenAPI
 * document has that the table lacks: a new route must be added here first.
 *
 * Then the visibility table for feedback, and anonymity: nobody reads someone else's survey
 * assignment or a raw response; a competency profile carries no rater and no raw answer.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { serverModule, start } from './helpers.mjs';

// Columns: the caller's relation to the person the request is about.
//   self    the person
//   manager their direct manager
//   upper   a manager further up (manager's manager, and so on)
//   report  someone they manage (directly or further down)
//   peer    someone with the same manager
//   other   anyone else in the organisation
//   none    no Authorization header;  forged  a token whose signature is not the server's
//   stranger a correctly signed token for a person id the organisation does not have
//   missing the request about an id that does not exist, made by the person themselves (null: no id)
const COLUMNS = ['self', 'manager', 'upper', 'report', 'peer', 'other', 'none', 'forged', 'stranger', 'missing'];

const TABLE = {
  //                                                        self manager upper report peer other  none forged stranger missing
  'GET /health':                                           [200, 200,    200,  200,   200, 200,   200, 200,   200,     null],
  'GET /openapi.json':                                     [200, 200,    200,  200,   200, 200,   200, 200,   200,     null],
  'GET /docs':                                             [200, 200,    200,  200,   200, 200,   200, 200,   200,     null],
  'GET /auth/dev-tokens':                                  [200, 200,    200,  200,   200, 200,   200, 200,   200,     null],
  // Goals: everyone in the organisation reads; the owner and the owner's managers write.
  'GET /goals':                                            [200, 200,    200,  200,   200, 200,   401, 401,   403,     null],
  'GET /goals/{id}':                                       [200, 200,    200,  200,   200, 200,   401, 401,   403,     404],
  'POST /goals':                                           [201, 201,    201,  403,   403, 403,   401, 401,   403,     403],
  'PUT /goals/{id}':                                       [200, 200,    200,  403,   403, 403,   401, 401,   403,     404],
  'DELETE /goals/{id}':                                    [204, 204,    204,  403,   403, 403,   401, 401,   403,     404],
  // Check-ins: the person and their managers read; only the person writes; only managers reply.
  'GET /people/{personId}/check-ins/{period}':             [200, 200,    200,  403,   403, 403,   401, 401,   403,     404],
  'PUT /people/{personId}/check-ins/{period}/draft':       [200, 403,    403,  403,   403, 403,   401, 401,   403,     403],
  'POST /people/{personId}/check-ins/{period}/submission': [200, 403,    403,  403,   403, 403,   401, 401,   403,     403],
  'POST /check-ins/{checkInId}/reply':                     [403, 200,    200,  403,   403, 403,   401, 401,   403,     404],
  // Surveys: an assignment is its rater's alone (the person here is the rater).
  'GET /assignments/{assignmentId}':                       [200, 403,    403,  403,   403, 403,   401, 401,   403,     404],
  'GET /people/{raterId}/assignments':                     [200, 403,    403,  403,   403, 403,   401, 401,   403,     404],
  'PUT /assignments/{assignmentId}/draft':                 [200, 403,    403,  403,   403, 403,   401, 401,   403,     404],
  'POST /assignments/{assignmentId}/submission':           [200, 403,    403,  403,   403, 403,   401, 401,   403,     404],
  // Feedback: anyone lists (items filtered by visibility, below) and gives in their own name.
  'GET /people/{personId}/feedback':                       [200, 200,    200,  200,   200, 200,   401, 401,   403,     404],
  'POST /feedback':                                        [201, 201,    201,  201,   201, 201,   401, 401,   403,     404],
  'POST /feedback#in another person\'s name':              [403, 403,    403,  403,   403, 403,   401, 401,   403,     null],
  // Answering a request (the person here is the one asked): it closes the request and shows its question.
  'POST /feedback#answering a request':                    [201, 403,    403,  403,   403, 403,   401, 401,   403,     404],
  // Requests for feedback: about yourself or the people you manage; listed only to the person asked.
  'POST /feedback-requests':                               [201, 201,    201,  403,   403, 403,   401, 401,   403,     403],
  'GET /people/{personId}/feedback-requests':              [200, 403,    403,  403,   403, 403,   401, 401,   403,     404],
  // Competencies: the aggregate only, for the person and their managers.
  'GET /people/{personId}/competency-profile':             [200, 200,    200,  403,   403, 403,   401, 401,   403,     404],
};

// Feedback visibility: who sees an item given to the person (by `giver`) in a listing of their feedback.
const VISIBILITY = {
  //          giver  self   manager upper  report peer   other
  private:   [true,  true,  false,  false, false, false, false],
  manager:   [true,  true,  true,   true,  false, false, false],
  public:    [true,  true,  true,   true,  true,  true,  true],
};

const SECRET = 'authz-fuzz-secret';
const SUBJECTS = [
  { id: 'p-priya', giver: 'p-diego' },
  { id: 'p-mei', giver: 'p-jonas' },
];
const MISSING = 'p-nobody-here';

let s;
let org;
let strangerToken;
before(async () => {
  s = await start({ devSecret: SECRET });
  const { createDevTokens } = await serverModule();
  strangerToken = createDevTokens(SECRET).issue(MISSING);
  org = new Map(s.people.map((p) => [p.id, p.managerId ?? null]));
});
after(async () => { await s?.server.close(); });

/** The managers above a person, nearest first. */
const chain = (id) => {
  const up = [];
  for (let m = org.get(id); m; m = org.get(m)) up.push(m);
  return up;
};
/** The caller's relation to the person (a column of the table). */
function relation(caller, person) {
  if (caller === person) return 'self';
  const up = chain(person);
  if (up[0] === caller) return 'manager';
  if (up.includes(caller)) return 'upper';
  if (chain(caller).includes(person)) return 'report';
  if (org.get(caller) !== null && org.get(caller) === org.get(person)) return 'peer';
  return 'other';
}

let counter = 0;
const unique = (prefix) => `${prefix}-${(++counter).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
const week = () => `2${String(100 + Math.floor(counter / 50)).padStart(3, '0')}-W${String((counter++ % 50) + 1).padStart(2, '0')}`;
const json = async (response, status, what) => {
  assert.equal(response.status, status, `${what}: ${response.status} ${await response.clone().text()}`);
  return response.json();
};

/** Answers for every question of a survey, each valid. */
function answersFor(survey) {
  const answers = {};
  for (const section of survey.sections) {
    for (const q of section.questions) {
      answers[q.id] = q.kind === 'rating' ? survey.scale.max : q.kind === 'choice' ? (q.multiple ? [q.options[0]] : q.options[0]) : 'Fine work.';
    }
  }
  return answers;
}

/**
 * What each route is called with, about `person`, by `caller` (`missing`: about an id that does not
 * exist). Set-up (a goal to edit, a submitted check-in to reply to, an open assignment) is done as
 * the person, and checked.
 */
function fixtures() {
  const goals = new Map();
  const checkIns = new Map();
  const assignments = new Map();
  const requests = new Map();
  const owner = (id) => s.as(id);
  const goalBody = (ownerId, id = unique('g-authz')) => ({
    id, parentId: null, title: `Authz ${id}`, level: 'individual', ownerId, status: 'on-track', progress: 0.2,
    progressMode: 'manual', weight: 1, keyResults: [],
  });
  /** A goal of the person that exists now (made again after an allowed delete). */
  const goalOf = async (person) => {
    const id = goals.get(person);
    if (id) {
      const r = await owner(person)(`/goals/${id}`);
      if (r.status === 200) return r.json();
    }
    const made = await json(await owner(person)('/goals', { method: 'POST', body: JSON.stringify(goalBody(person)) }), 201, 'set-up goal');
    goals.set(person, made.id);
    return made;
  };
  const submittedCheckIn = async (person) => {
    if (!checkIns.has(person)) {
      const period = week();
      const done = await json(await owner(person)(`/people/${person}/check-ins/${period}/submission`, {
        method: 'POST', headers: { 'idempotency-key': unique('k') }, body: JSON.stringify(checkIn(person, period, 'submitted')),
      }), 200, 'set-up check-in');
      checkIns.set(person, done.id);
    }
    return checkIns.get(person);
  };
  /** An open assignment the person rates: added to the database (the revision moves, so the server reloads). */
  const assignmentOf = async (person) => {
    if (!assignments.has(person)) {
      const id = unique('a-authz');
      const doc = {
        id, surveyId: 's-360', subjectId: person === 'p-diego' ? 'p-priya' : 'p-diego', raterId: person, relationship: 'peer', status: 'open',
      };
      const template = (await s.server.db.query("SELECT doc FROM assignments WHERE id = 'a-cur-diego-priya'"))[0].doc;
      Object.assign(doc, { surveyId: template.surveyId, cycleId: template.cycleId, dueDate: template.dueDate });
      await s.server.db.transaction(async (tx) => {
        await tx.query('INSERT INTO assignments (id, doc, rater_id) VALUES ($1, $2::jsonb, $3)', [id, JSON.stringify(doc), person]);
        await tx.query('UPDATE server_state SET revision = revision + 1 WHERE id = 1');
      });
      const read = await json(await owner(person)(`/assignments/${id}`), 200, 'set-up assignment');
      assignments.set(person, { id, answers: answersFor(read.survey) });
    }
    return assignments.get(person);
  };
  const checkIn = (personId, period, status = 'draft') => ({ personId, period, status, goalUpdates: [], wins: 'w', blockers: '', focus: 'f', answers: {} });
  const keyed = (method, body) => ({ method, headers: { 'idempotency-key': unique('k') }, body: JSON.stringify(body) });

  return {
    'GET /health': () => ['/health'],
    'GET /openapi.json': () => ['/openapi.json'],
    'GET /docs': () => ['/docs'],
    'GET /auth/dev-tokens': () => ['/auth/dev-tokens'],
    'GET /goals': (p) => [`/goals?ownerId=${p}`],
    'GET /goals/{id}': async (p, missing) => [`/goals/${missing ? 'g-nobody' : (await goalOf(p)).id}`],
    'POST /goals': (p, missing) => ['/goals', { method: 'POST', body: JSON.stringify(goalBody(missing ? MISSING : p)) }],
    'PUT /goals/{id}': async (p, missing) => {
      const goal = missing ? { ...goalBody(p, 'g-nobody'), version: 1 } : await goalOf(p);
      return [`/goals/${goal.id}`, { method: 'PUT', headers: { 'if-match': `"${goal.version}"` }, body: JSON.stringify({ ...goal, title: unique('Edited') }) }];
    },
    'DELETE /goals/{id}': async (p, missing) => {
      const goal = missing ? { id: 'g-nobody', version: 1 } : await goalOf(p);
      return [`/goals/${goal.id}`, { method: 'DELETE', headers: { 'if-match': `"${goal.version}"` } }];
    },
    'GET /people/{personId}/check-ins/{period}': (p, missing) => [`/people/${missing ? MISSING : p}/check-ins/${week()}`],
    'PUT /people/{personId}/check-ins/{period}/draft': (p, missing) => {
      const who = missing ? MISSING : p;
      const period = week();
      return [`/people/${who}/check-ins/${period}/draft`, { method: 'PUT', body: JSON.stringify(checkIn(who, period)) }];
    },
    'POST /people/{personId}/check-ins/{period}/submission': (p, missing) => {
      const who = missing ? MISSING : p;
      const period = week();
      return [`/people/${who}/check-ins/${period}/submission`, keyed('POST', checkIn(who, period, 'submitted'))];
    },
    'POST /check-ins/{checkInId}/reply': async (p, missing) => [`/check-ins/${missing ? 'ci-nobody' : await submittedCheckIn(p)}/reply`, keyed('POST', { body: 'Thanks' })],
    'GET /assignments/{assignmentId}': async (p, missing) => [`/assignments/${missing ? 'a-nobody' : (await assignmentOf(p)).id}`],
    'GET /people/{raterId}/assignments': (p, missing) => [`/people/${missing ? MISSING : p}/assignments`],
    'PUT /assignments/{assignmentId}/draft': async (p, missing) => [`/assignments/${missing ? 'a-nobody' : (await assignmentOf(p)).id}/draft`, { method: 'PUT', body: JSON.stringify({ answers: {} }) }],
    'POST /assignments/{assignmentId}/submission': async (p, missing, caller) => {
      if (missing) return ['/assignments/a-nobody/submission', keyed('POST', { answers: {} })];
      const a = await assignmentOf(p);
      // The rater's own submission uses up the assignment: give them a fresh one afterwards.
      if (caller === p) assignments.delete(p);
      return [`/assignments/${a.id}/submission`, keyed('POST', { answers: a.answers })];
    },
    'GET /people/{personId}/feedback': (p, missing) => [`/people/${missing ? MISSING : p}/feedback?limit=5`],
    'POST /feedback': (p, missing) => ['/feedback', keyed('POST', { kind: 'praise', toId: missing ? MISSING : p, body: unique('Thanks'), visibility: 'public' })],
    'POST /feedback#in another person\'s name': (p, _missing, caller) => {
      const fromId = caller === 'p-amara' ? 'p-lars' : 'p-amara';
      return ['/feedback', keyed('POST', { kind: 'praise', toId: p, fromId, body: unique('Forged'), visibility: 'public' })];
    },
    'POST /feedback#answering a request': async (p, missing) => {
      if (!requests.has(p)) {
        // The CEO asks the person for feedback about Kenji.
        const made = await json(await s.as('p-amara')('/feedback-requests', keyed('POST', { toIds: [p], aboutId: 'p-kenji', question: 'How is Kenji doing?' })), 201, 'set-up request');
        requests.set(p, made[0].id);
      }
      return ['/feedback', keyed('POST', { kind: 'praise', toId: 'p-kenji', body: unique('Answer'), visibility: 'private', requestId: missing ? 'fr-nobody' : requests.get(p) })];
    },
    'POST /feedback-requests': (p, missing) => ['/feedback-requests', keyed('POST', { toIds: ['p-ingrid'], aboutId: missing ? MISSING : p, question: 'How did it go?' })],
    'GET /people/{personId}/feedback-requests': (p, missing) => [`/people/${missing ? MISSING : p}/feedback-requests`],
    'GET /people/{personId}/competency-profile': (p, missing) => [`/people/${missing ? MISSING : p}/competency-profile`],
  };
}

/** `/goals/:id` (Hono) and `/goals/{id}` (OpenAPI) → `/goals/{id}`. */
const normalise = (method, path) => `${method.toUpperCase()} ${path.replace(/:(\w+)/g, '{$1}')}`;

describe('authorisation fuzz: every route × every caller', () => {
  it('the table names every route the server serves and the OpenAPI document lists, and nothing else', async () => {
    const routed = new Set(s.server.app.routes
      .filter((r) => r.method !== 'ALL' && r.path !== '/*' && r.path !== '*')
      .map((r) => normalise(r.method, r.path)));
    const documented = new Set(Object.entries((await (await fetch(`${s.url}/openapi.json`)).json()).paths)
      .flatMap(([path, methods]) => Object.keys(methods).map((m) => normalise(m, path))));
    const tabled = new Set(Object.keys(TABLE).map((k) => k.split('#')[0]));
    for (const route of routed) assert.ok(tabled.has(route), `the router serves ${route}, which the authorisation table lacks: add a row`);
    for (const route of documented) assert.ok(tabled.has(route), `the OpenAPI document lists ${route}, which the authorisation table lacks: add a row`);
    for (const route of tabled) assert.ok(routed.has(route), `the table has ${route}, which the server does not serve`);
    assert.ok(documented.size >= 16 && routed.size >= documented.size, `${documented.size} documented, ${routed.size} routed`);
  });

  it('every person, no token, a forged token and a stranger get exactly what the table says', async () => {
    const build = fixtures();
    const people = [...org.keys()];
    assert.equal(people.length, 41, 'the demo organisation');
    const forged = s.tokens['p-priya'].replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    const mismatches = [];
    const seen = new Map();
    let requests = 0;
    for (const [route, row] of Object.entries(TABLE)) {
      const expected = Object.fromEntries(COLUMNS.map((c, i) => [c, row[i]]));
      for (const { id: person } of SUBJECTS) {
        const callers = [
          ...people.map((caller) => ({ caller, column: relation(caller, person), authorization: `Bearer ${s.tokens[caller]}` })),
          { caller: null, column: 'none', authorization: undefined },
          { caller: null, column: 'forged', authorization: `Bearer ${forged}` },
          { caller: null, column: 'stranger', authorization: `Bearer ${strangerToken}` },
          ...(expected.missing === null ? [] : [{ caller: person, column: 'missing', authorization: `Bearer ${s.tokens[person]}`, missing: true }]),
        ];
        for (const { caller, column, authorization, missing = false } of callers) {
          const [path, init = {}] = await build[route](person, missing, caller);
          const response = await fetch(s.url + path, {
            ...init,
            headers: { ...(authorization ? { authorization } : {}), ...(init.body ? { 'content-type': 'application/json' } : {}), ...init.headers },
          });
          requests++;
          const text = await response.text();
          seen.set(`${route} ${column}`, true);
          if (response.status !== expected[column]) {
            mismatches.push(`${route} about ${person} by ${caller ?? column} (${column}): expected ${expected[column]}, got ${response.status} ${text.slice(0, 160)}`);
          } else if (response.status >= 400) {
            assert.match(response.headers.get('content-type') ?? '', /problem\+json/, `${route} ${column}: a problem document`);
          }
        }
      }
    }
    assert.deepEqual(mismatches, [], `${mismatches.length} of ${requests} requests differ from the table`);
    // Every column of every row was exercised (the two people between them have every relation).
    for (const [route, row] of Object.entries(TABLE)) {
      for (const [i, column] of COLUMNS.entries()) {
        if (row[i] !== null) assert.ok(seen.has(`${route} ${column}`), `${route} was never tried as ${column}`);
      }
    }
  });

  it('feedback listings show each item only to whom its visibility allows', async () => {
    const columns = ['giver', 'self', 'manager', 'upper', 'report', 'peer', 'other'];
    const people = [...org.keys()];
    const mismatches = [];
    for (const { id: person, giver } of SUBJECTS) {
      const ids = {};
      for (const visibility of Object.keys(VISIBILITY)) {
        const r = await s.as(giver)('/feedback', {
          method: 'POST', headers: { 'idempotency-key': unique('k') },
          body: JSON.stringify({ kind: 'coaching', toId: person, body: `${visibility} for ${person}`, visibility }),
        });
        ids[visibility] = (await json(r, 201, 'give feedback')).id;
      }
      for (const caller of people) {
        const column = caller === giver ? 'giver' : relation(caller, person);
        const page = await json(await s.as(caller)(`/people/${person}/feedback?limit=500`), 200, `list as ${caller}`);
        const visible = new Set(page.items.map((i) => i.id));
        for (const [visibility, row] of Object.entries(VISIBILITY)) {
          const expected = row[columns.indexOf(column)];
          if (visible.has(ids[visibility]) !== expected) {
            mismatches.push(`${visibility} feedback to ${person} from ${giver}, listed by ${caller} (${column}): expected ${expected ? 'shown' : 'hidden'}`);
          }
        }
        // Every item of the page, the demo organisation's too, follows the same table.
        for (const item of page.items) {
          if (!mayBeSeenBy(item, caller, person)) mismatches.push(`${person}'s feedback ${item.id} (${item.visibility}) shown to ${caller}`);
        }
      }
    }
    assert.deepEqual(mismatches, []);
  });

  it('a reply to a check-in is signed by the manager who wrote it, also two levels up', async () => {
    const period = week();
    const submitted = await json(await s.as('p-priya')(`/people/p-priya/check-ins/${period}/submission`, {
      method: 'POST', headers: { 'idempotency-key': unique('k') },
      body: JSON.stringify({ personId: 'p-priya', period, status: 'submitted', goalUpdates: [], wins: 'w', blockers: '', focus: 'f', answers: {} }),
    }), 200, 'submit');
    for (const manager of ['p-mei', 'p-lars', 'p-amara']) {
      const replied = await json(await s.as(manager)(`/check-ins/${submitted.id}/reply`, {
        method: 'POST', headers: { 'idempotency-key': unique('k') }, body: JSON.stringify({ body: `From ${manager}` }),
      }), 200, `reply by ${manager}`);
      assert.deepEqual([replied.managerReply.authorId, replied.managerReply.body], [manager, `From ${manager}`]);
    }
  });

  it('anonymity: no one reads another rater\'s assignment or a raw response; profiles carry no rater and no answer', async () => {
    const rows = await s.server.db.query('SELECT doc FROM responses');
    assert.ok(rows.length >= 20, 'the demo organisation has submitted responses');
    const raterOf = new Map((await s.server.db.query('SELECT id, rater_id FROM assignments')).map((r) => [r.id, r.rater_id]));
    const failures = [];
    // The assessed person, their managers and everyone else: each submitted assignment is the rater's alone.
    for (const { doc } of rows.slice(0, 12)) {
      const rater = raterOf.get(doc.assignmentId);
      for (const caller of [doc.subjectId, ...chain(doc.subjectId), 'p-ingrid', 'p-kenji']) {
        if (caller === rater) continue;
        const status = (await s.as(caller)(`/assignments/${doc.assignmentId}`)).status;
        if (status !== 403) failures.push(`${caller} read ${rater}'s assignment ${doc.assignmentId} about ${doc.subjectId}: ${status}`);
      }
    }
    // No route serves responses, whatever the spelling.
    for (const path of ['/responses', '/people/p-mei/responses', `/assignments/${rows[0].doc.assignmentId}/response`, `/responses/${rows[0].doc.id}`]) {
      const status = (await s.as('p-amara')(path)).status;
      if (status !== 404) failures.push(`${path}: ${status}`);
    }
    // Profiles: the aggregate only, for the person and their managers: no rater ids, no response ids, no raw answers.
    const raters = new Set(rows.map((r) => raterOf.get(r.doc.assignmentId)).filter(Boolean));
    for (const person of ['p-priya', 'p-mei']) {
      for (const caller of [person, ...chain(person)]) {
        const text = await (await s.as(caller)(`/people/${person}/competency-profile`)).text();
        const leaked = [...raters].filter((r) => r !== person && text.includes(`"${r}"`));
        if (leaked.length || /"(answers|raterId|assignmentId|responseId)"/.test(text) || rows.some((r) => text.includes(`"${r.doc.id}"`))) {
          failures.push(`${person}'s profile read by ${caller} carries raters or raw answers: ${leaked.join(', ')}`);
        }
      }
    }
    assert.deepEqual(failures, []);
  });
});

/** Visibility rule restated from the VISIBILITY table, for the "no hidden item in any page" check. */
function mayBeSeenBy(item, caller, person) {
  const column = caller === item.from?.id ? 'giver' : relation(caller, person);
  return VISIBILITY[item.visibility][['giver', 'self', 'manager', 'upper', 'report', 'peer', 'other'].indexOf(column)];
}
