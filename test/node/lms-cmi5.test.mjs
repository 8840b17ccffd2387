/**
 * The cmi5 package against a small test LRS this test starts: the packager's zip, unpacked and
 * launched with cmi5 launch parameters. The LRS hands out one auth token, serves LMS.LaunchData
 * and checks every statement against the xAPI 1.0.3 / cmi5 rules the AU relies on.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { chromeArgs, findChrome } from '../../scripts/find-chrome.mjs';
import { answerSurvey, packageAndUnzip, serve } from './lms-helpers.mjs';

const PEER = 'a-cur-diego-priya';
const COMMENT = 'Diego unblocked the release twice (cmi5 comment 91c2).';
const VERB = {
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
};
const CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const MOVEON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const SESSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const DURATION = /^P(?:\d+D)?T(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)$/;

const dir = mkdtempSync(`${tmpdir()}/pm-lms-cmi5-`);
let browser;
let server;
let origin;
let files;

/** One launch's LRS state: the token, the launch data, the statements received and the problems found. */
function lrsSession({ moveOn }) {
  const s = {
    token: Buffer.from(`au:${randomUUID()}`).toString('base64'),
    tokenFetches: 0,
    registration: randomUUID(),
    sessionId: randomUUID(),
    actor: { objectType: 'Agent', name: 'Learner Seven', account: { homePage: 'https://lms.example', name: 'lms-user-7' } },
    activityId: 'https://pm-widgets.dev/lms/pm-widgets-survey-360-a-cur-diego-priya/au',
    courseId: 'https://pm-widgets.dev/lms/pm-widgets-survey-360-a-cur-diego-priya',
    moveOn,
    statements: [],
    problems: [],
    raw: [],
  };
  s.launchData = {
    contextTemplate: { contextActivities: { grouping: [{ id: s.courseId, objectType: 'Activity' }] }, extensions: { [SESSION]: s.sessionId } },
    launchMode: 'Normal',
    moveOn,
    launchParameters: PEER,
  };
  return s;
}

/** The checks, per statement and on the order; each broken rule is recorded, not thrown. */
function check(s, st, headers) {
  const bad = (m) => s.problems.push(`${st?.verb?.id ?? '?'}: ${m}`);
  if (headers.authorization !== `Basic ${s.token}`) bad('wrong Authorization');
  if (headers['x-experience-api-version'] !== '1.0.3') bad('X-Experience-API-Version is not 1.0.3');
  if (!UUID.test(st.id ?? '')) bad('id is not a UUID');
  assert.ok(st);
  if (JSON.stringify(st.actor) !== JSON.stringify(s.actor)) bad('actor differs from the launch actor');
  if (!Object.values(VERB).includes(st.verb?.id)) bad(`verb ${st.verb?.id} is not a cmi5 verb the AU may send`);
  if (!st.verb?.display?.['en-US']) bad('verb has no display');
  if (st.object?.id !== s.activityId) bad('object is not the AU');
  if (st.context?.registration !== s.registration) bad('registration missing or wrong');
  if (st.context?.extensions?.[SESSION] !== s.sessionId) bad('session id extension missing');
  const grouping = st.context?.contextActivities?.grouping ?? [];
  if (!grouping.some((g) => g.id === s.courseId)) bad('context template grouping lost');
  const category = (st.context?.contextActivities?.category ?? []).map((c) => c.id);
  if (!category.includes(CMI5)) bad('cmi5 category missing');
  const moveOnVerb = st.verb?.id === VERB.completed || st.verb?.id === VERB.passed;
  if (moveOnVerb !== category.includes(MOVEON)) bad('moveon category wrong');
  if (Number.isNaN(Date.parse(st.timestamp ?? ''))) bad('timestamp missing');
  if (st.verb?.id === VERB.completed && (st.result?.completion !== true || !DURATION.test(st.result?.duration ?? ''))) bad('completed needs result.completion true and a duration');
  if (st.verb?.id === VERB.passed && st.result?.success !== true) bad('passed needs result.success true');
  if (st.verb?.id === VERB.terminated && !DURATION.test(st.result?.duration ?? '')) bad('terminated needs a duration');
  const verbs = s.statements.map((x) => x.verb.id);
  if (verbs.length === 0 && st.verb?.id !== VERB.initialized) bad('the first statement must be initialized');
  if (verbs.includes(VERB.terminated)) bad('a statement after terminated');
  if (st.verb?.id !== VERB.terminated && verbs.filter((v) => v === st.verb?.id).length) bad('sent twice');
  s.statements.push(st);
}

let current;
const json = (res, status, body) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));

before(async () => {
  files = await packageAndUnzip({ widget: 'survey-360', format: 'cmi5', assignment: PEER }, dir);
  ({ server, origin } = await serve({
    packages: { '/au/': files },
    routes: {
      '/fetch': (req, res) => {
        current.tokenFetches++;
        if (req.method !== 'POST') return json(res, 405, {});
        if (current.tokenFetches > 1) return json(res, 200, { 'error-code': '1', 'error-text': 'already fetched' });
        json(res, 200, { 'auth-token': current.token });
      },
      '/xapi/activities/state': (req, res, _body, url) => {
        const ok = req.headers.authorization === `Basic ${current.token}` && url.searchParams.get('stateId') === 'LMS.LaunchData'
          && url.searchParams.get('activityId') === current.activityId && url.searchParams.get('registration') === current.registration
          && JSON.stringify(JSON.parse(url.searchParams.get('agent'))) === JSON.stringify(current.actor);
        if (!ok) current.problems.push('bad LMS.LaunchData request');
        json(res, ok ? 200 : 400, ok ? current.launchData : {});
      },
      '/xapi/statements': (req, res, body) => {
        if (req.method !== 'POST') return json(res, 405, {});
        current.raw.push(body);
        try {
          check(current, JSON.parse(body), req.headers);
        } catch (error) {
          current.problems.push(`unreadable statement: ${error.message}`);
        }
        json(res, 200, []);
      },
    },
  }));
  browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs });
});

after(async () => {
  await browser?.close();
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

function launchUrl(s) {
  const q = new URLSearchParams({ endpoint: `${origin}/xapi/`, fetch: `${origin}/fetch`, actor: JSON.stringify(s.actor), registration: s.registration, activityId: s.activityId });
  return `${origin}/au/index.html?${q}`;
}

async function until(predicate, what) {
  for (let i = 0; i < 100 && !predicate(); i++) await new Promise((r) => setTimeout(r, 50));
  assert.ok(predicate(), what);
}

describe('cmi5 package against a test LRS', () => {
  for (const moveOn of ['Completed', 'CompletedAndPassed']) {
    it(`moveOn ${moveOn}: initialized, ${moveOn === 'Completed' ? 'completed' : 'passed, completed'}, terminated on page hide; nothing identifying`, async () => {
      current = lrsSession({ moveOn });
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(launchUrl(current));
      const survey = page.locator('pm-survey-360');
      await survey.locator('form').waitFor();
      await until(() => current.statements.length === 1, 'initialized arrives on launch');
      await answerSurvey(page, COMMENT);
      await survey.locator('[part~="thanks"]').waitFor();
      const expected = moveOn === 'Completed' ? [VERB.initialized, VERB.completed] : [VERB.initialized, VERB.passed, VERB.completed];
      await until(() => current.statements.length === expected.length, 'completion statements arrive');
      await page.goto('about:blank'); // page hide: terminated, sent with keepalive
      await until(() => current.statements.length === expected.length + 1, 'terminated arrives on page hide');
      assert.deepEqual(current.statements.map((s) => s.verb.id), [...expected, VERB.terminated]);
      assert.deepEqual(current.problems, []);
      assert.equal(current.tokenFetches, 1);
      const everything = current.raw.join('\n');
      for (const secret of [COMMENT, 'Diego', 'Alvarez', 'p-diego', 'peer', '"response"', '"score"']) {
        assert.ok(!everything.includes(secret), `no "${secret}" in any statement`);
      }
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  it('launchMode Browse: no completed or passed, only initialized and terminated', async () => {
    current = lrsSession({ moveOn: 'Completed' });
    current.launchData.launchMode = 'Browse';
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(launchUrl(current));
    const survey = page.locator('pm-survey-360');
    await survey.locator('form').waitFor();
    await answerSurvey(page, COMMENT);
    await survey.locator('[part~="thanks"]').waitFor();
    await page.goto('about:blank');
    await until(() => current.statements.length === 2, 'terminated arrives on page hide');
    assert.deepEqual(current.statements.map((s) => s.verb.id), [VERB.initialized, VERB.terminated]);
    assert.deepEqual(current.problems, []);
    await context.close();
  });

  it('a broken launch (no auth token) leaves a notice and a working survey', async () => {
    current = lrsSession({ moveOn: 'Completed' });
    current.tokenFetches = 1; // already used: the LRS refuses
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(launchUrl(current));
    await page.locator('pm-survey-360 form').waitFor();
    assert.match(await page.locator('.pm-lms-notices').innerText(), /learning platform reported a problem/);
    assert.deepEqual(current.statements, []);
    await context.close();
  });
});
