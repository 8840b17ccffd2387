/**
 * SCORM packages as an LMS runs them: the packager's zip, unpacked and served, launched in a frame
 * whose parent provides the API from scorm-again (a real SCORM 1.2 / 2004 runtime). The survey is
 * answered through the UI; the runtime's record must show completion and nothing about the rater's
 * answers or the person rated.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { chromeArgs, findChrome } from '../../scripts/find-chrome.mjs';
import { answerSurvey, packageAndUnzip, scormAgain, serve } from './lms-helpers.mjs';

const PEER = 'a-cur-diego-priya'; // Priya rates her peer Diego Alvarez
const SELF = 'a-cur-mei-self'; // Mei's self-assessment, with a saved draft
const COMMENT = 'Diego unblocked the release twice — thank you (peer comment 7f3a).';

const dir = mkdtempSync(`${tmpdir()}/pm-lms-`);
let browser;
let origin;
let server;
const packages = {};

/** The LMS's page: scorm-again's API in the parent, launch data from the manifest, the SCO in a frame. */
function lmsPage(version, launchData, sco, api = 'scorm-again', suspendData = '') {
  const make = api === 'broken'
    ? `({ LMSInitialize: () => 'true', LMSFinish: () => 'true', LMSGetValue: () => '', LMSSetValue: () => 'false', LMSCommit: () => 'false',
         LMSGetLastError: () => '351', LMSGetErrorString: () => 'General Set Failure' })`
    : version === '1.2' ? 'new Scorm12API({ logLevel: 5 })' : 'new Scorm2004API({ logLevel: 5 })';
  return `<!doctype html><html lang="en"><head><title>Test LMS</title>
<script src="/scorm-again-${version}.js"></script>
<script>
  window.calls = [];
  const api = ${make};
  if (api.cmi) {
    if (${JSON.stringify(version)} === '1.2') { api.cmi.core.student_id = 'lms-user-7'; api.cmi.core.student_name = 'Learner, Test'; }
    else { api.cmi.learner_id = 'lms-user-7'; api.cmi.learner_name = 'Learner, Test'; }
    if (${JSON.stringify(launchData)}) api.cmi.launch_data = ${JSON.stringify(launchData)};
    if (${JSON.stringify(suspendData)}) api.cmi.suspend_data = ${JSON.stringify(suspendData)};
    for (const call of ${JSON.stringify(version === '1.2' ? ['LMSSetValue.cmi.*'] : ['SetValue.cmi.*'])}) api.on(call, (el, v) => calls.push([el, String(v)]));
    for (const call of ${JSON.stringify(version === '1.2' ? ['LMSInitialize', 'LMSCommit', 'LMSFinish'] : ['Initialize', 'Commit', 'Terminate'])}) api.on(call, () => calls.push([call]));
  }
  window[${JSON.stringify(version === '1.2' ? 'API' : 'API_1484_11')}] = api;
</script></head><body><iframe src="${sco}" title="Activity" style="width:100%;height:1400px;border:0"></iframe></body></html>`;
}

/** What the manifest asks the LMS to hand the SCO as launch data. */
function manifestLaunchData(files) {
  return /<adlcp:data[fF]rom[lL][mM][sS]>([^<]*)</.exec(files['imsmanifest.xml'].toString())?.[1] ?? '';
}

before(async () => {
  // Interactions enabled: a peer must still report completion only.
  packages['/s12/'] = await packageAndUnzip({ widget: 'survey-360', format: 'scorm12', assignment: PEER, interactions: true }, dir);
  packages['/s2004/'] = await packageAndUnzip({ widget: 'survey-360', format: 'scorm2004', assignment: PEER, interactions: true }, dir);
  packages['/selfi12/'] = await packageAndUnzip({ widget: 'survey-360', format: 'scorm12', assignment: SELF, interactions: true }, dir);
  packages['/self2004/'] = await packageAndUnzip({ widget: 'survey-360', format: 'scorm2004' }, dir);
  packages['/ci12/'] = await packageAndUnzip({ widget: 'check-in', format: 'scorm12' }, dir);
  const routes = {};
  for (const version of ['1.2', '2004']) {
    routes[`/scorm-again-${version}.js`] = (_q, res) => res.writeHead(200, { 'content-type': 'text/javascript' }).end(scormAgain(version));
  }
  routes['/lms-12'] = (_q, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(lmsPage('1.2', manifestLaunchData(packages['/s12/']), '/s12/index.html'));
  routes['/lms-2004'] = (_q, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(lmsPage('2004', manifestLaunchData(packages['/s2004/']), '/s2004/index.html'));
  routes['/lms-self'] = (_q, res, _b, url) => res.writeHead(200, { 'content-type': 'text/html' }).end(lmsPage('2004', SELF, '/self2004/index.html', 'scorm-again', url.searchParams.get('suspend') ?? ''));
  routes['/lms-self-interactions'] = (_q, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(lmsPage('1.2', manifestLaunchData(packages['/selfi12/']), '/selfi12/index.html'));
  routes['/lms-any'] = (_q, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(lmsPage('2004', '', '/self2004/index.html'));
  routes['/lms-check-in'] = (_q, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(lmsPage('1.2', '', '/ci12/index.html'));
  routes['/lms-broken'] = (_q, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(lmsPage('1.2', '', '/s12/index.html', 'broken'));
  ({ server, origin } = await serve({ routes, packages }));
  browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs });
});

after(async () => {
  await browser?.close();
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function open(path) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  const warnings = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto(`${origin}${path}`);
  return { context, page, frame: page.frameLocator('iframe'), errors, warnings };
}

for (const version of ['1.2', '2004']) {
  describe(`SCORM ${version} package, peer rater`, () => {
    it('reports completion after the confirmed submit, terminates on page hide, and records nothing identifying', async () => {
      const { context, page, frame, errors } = await open(version === '1.2' ? '/lms-12' : '/lms-2004');
      const survey = frame.locator('pm-survey-360');
      await survey.locator('form').waitFor();
      const questionTexts = (await survey.locator('[data-question] legend, [data-question] label, [data-question] h4').allInnerTexts())
        .map((t) => t.trim()).filter((t) => t.length > 15);
      await answerSurvey(frame, COMMENT);
      await survey.locator('[part~="thanks"]').waitFor();
      const statusElement = version === '1.2' ? 'cmi.core.lesson_status' : 'cmi.completion_status';
      await page.waitForFunction((v) => (v === '1.2' ? window.API.cmi.core.lesson_status : window.API_1484_11.cmi.completion_status) === 'completed', version);
      await frame.locator('.pm-lms-notice', { hasText: 'told this activity is complete' }).waitFor();

      // Leaving the activity (the LMS closes the frame): session time, then terminate.
      await page.evaluate(() => (document.querySelector('iframe').src = 'about:blank'));
      const finish = version === '1.2' ? 'LMSFinish' : 'Terminate';
      await page.waitForFunction((f) => window.calls.some((c) => c[0] === f), finish);

      const calls = await page.evaluate(() => window.calls);
      const record = await page.evaluate((v) => JSON.stringify(v === '1.2' ? window.API.cmi : window.API_1484_11.cmi), version);
      const sets = calls.filter((c) => c.length === 2);
      const allowed = version === '1.2'
        ? ['cmi.core.lesson_status', 'cmi.core.exit', 'cmi.core.session_time']
        : ['cmi.completion_status', 'cmi.exit', 'cmi.session_time'];
      assert.deepEqual([...new Set(sets.map(([el]) => el))].sort(), [...allowed].sort(), `only completion reaches the LMS: ${JSON.stringify(sets)}`);
      assert.ok(sets.some(([el, v]) => el === statusElement && v === 'completed'));
      const sessionTime = sets.find(([el]) => el.endsWith('session_time'))[1];
      assert.match(sessionTime, version === '1.2' ? /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/ : /^PT\d+H\d+M[\d.]+S$/);
      assert.deepEqual(calls.filter((c) => c.length === 1).map((c) => c[0]).slice(-1), [finish]);
      assert.ok(questionTexts.length > 2, 'question texts were read');
      for (const secret of [COMMENT, 'Diego', 'Alvarez', 'p-diego', 'peer', ...questionTexts]) {
        assert.ok(!JSON.stringify(sets).includes(secret), `no "${secret}" in any SetValue`);
        assert.ok(!record.includes(secret), `no "${secret}" in the runtime's record`);
      }
      assert.ok(!record.includes('"suspend_data":"j:') && !record.includes('"suspend_data":"z:'), 'no draft in suspend data for a peer');
      assert.deepEqual(errors, []);
      await context.close();
    });
  });
}

describe('SCORM 2004 try-out package, self-assessment', () => {
  it('keeps the draft in suspend data and gives it back on the next launch', async () => {
    const { context, page, frame } = await open('/lms-self');
    const survey = frame.locator('pm-survey-360');
    await survey.locator('form').waitFor();
    const first = survey.locator('[data-question] input[type="radio"][value="2"]').first();
    await first.check({ force: true });
    await page.waitForFunction(() => String(window.API_1484_11.cmi.suspend_data).startsWith('j:'), null, { timeout: 5000 });
    const suspend = await page.evaluate(() => window.API_1484_11.cmi.suspend_data);
    const kept = JSON.parse(suspend.slice(2));
    assert.equal(kept.a, SELF);
    assert.ok(Object.values(kept.d.answers).includes(2));
    const calls = await page.evaluate(() => window.calls);
    assert.ok(calls.some(([el, v]) => el === 'cmi.exit' && v === 'suspend'), 'exit is suspend, so the LMS keeps the data');
    await context.close();

    // The next attempt, on another device (a fresh browser context): only the LMS has the draft.
    const again = await open(`/lms-self?suspend=${encodeURIComponent(suspend)}`);
    const resumed = again.frame.locator('pm-survey-360');
    await resumed.locator('form').waitFor();
    assert.equal(await resumed.locator('[data-question] input[type="radio"][value="2"]').first().isChecked(), true);
    await again.context.close();
  });
});

describe('SCORM 1.2 package with interactions, self-assessment', () => {
  it('records the ratings as numeric interactions (ids and numbers only), then completion', async () => {
    const { context, page, frame, errors } = await open('/lms-self-interactions');
    const survey = frame.locator('pm-survey-360');
    await survey.locator('form').waitFor();
    await answerSurvey(frame, COMMENT);
    await survey.locator('[part~="thanks"]').waitFor();
    await page.waitForFunction(() => window.API.cmi.core.lesson_status === 'completed');
    const sets = (await page.evaluate(() => window.calls)).filter((c) => c.length === 2);
    const responses = sets.filter(([el]) => /^cmi\.interactions\.\d+\.student_response$/.test(el));
    assert.ok(responses.length >= 5, `ratings recorded: ${JSON.stringify(sets)}`);
    assert.ok(responses.every(([, v]) => /^\d+$/.test(v)));
    assert.ok(sets.filter(([el]) => el.endsWith('.type')).every(([, v]) => v === 'numeric'));
    for (const secret of [COMMENT, 'Mei', 'Chen']) assert.ok(!JSON.stringify(sets).includes(secret), `no "${secret}"`);
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe('assignment from the learner, and the check-in', () => {
  it('with no assignment in the package or launch data, opens the learner\'s first open assignment', async () => {
    const { context, frame, errors } = await open('/lms-any');
    await frame.locator('pm-survey-360 form').waitFor();
    assert.equal(await frame.locator('.pm-lms-notice', { hasText: 'No survey is assigned' }).count(), 0);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('a check-in package reports completion after the submit, with nothing the person wrote', async () => {
    const { context, page, frame, errors } = await open('/lms-check-in');
    const checkIn = frame.locator('pm-check-in');
    await checkIn.locator('form').waitFor();
    const focus = 'Ship the LMS packages (check-in focus 5e1d)';
    await checkIn.locator('#focus').fill(focus);
    await checkIn.locator('input[name="mood"][value="5"]').check({ force: true });
    const questions = checkIn.locator('input[name^="q-"][value="4"]');
    for (let i = 0; i < (await questions.count()); i++) await questions.nth(i).check({ force: true });
    await checkIn.locator('[part~="submit"]').click();
    await page.waitForFunction(() => window.API.cmi.core.lesson_status === 'completed');
    const calls = await page.evaluate(() => window.calls);
    assert.deepEqual([...new Set(calls.filter((c) => c.length === 2).map(([el]) => el))].sort(), ['cmi.core.exit', 'cmi.core.lesson_status']);
    assert.ok(!JSON.stringify(calls).includes(focus));
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe('no LMS, or an LMS that fails', () => {
  it('without an LMS the survey still works and a notice says completion is not recorded', async () => {
    const { context, page, errors } = await open('/s12/index.html');
    await page.locator('pm-survey-360 form').waitFor();
    assert.match(await page.locator('.pm-lms-notices').innerText(), /Not connected to a learning platform/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('an LMS returning errors: codes read, logged and shown; the survey still submits', async () => {
    const { context, frame, errors, warnings } = await open('/lms-broken');
    const survey = frame.locator('pm-survey-360');
    await answerSurvey(frame, 'fine');
    await survey.locator('[part~="thanks"]').waitFor();
    await frame.locator('.pm-lms-notice.warning', { hasText: 'error 351' }).waitFor();
    assert.match(await frame.locator('.pm-lms-notices').innerText(), /General Set Failure/);
    assert.ok(warnings.some((w) => w.includes('351')), 'the error code is logged');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
