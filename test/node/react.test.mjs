/**
 * @pm-widgets/react with React 19 in Chromium: test/react/app.ts built by Vite (workspace sources),
 * each wrapper renders its element with props set as properties, and each typed callback receives
 * its `pm-*` event (the goal tree's from a real click).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { chromeArgs, findChrome } from '../../scripts/find-chrome.mjs';
import { serve } from '../packages/helpers.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outDir = mkdtempSync(join(tmpdir(), 'pm-react-'));
let server;
let browser;
let page;
const problems = [];

before(async () => {
  await build({
    configFile: false,
    root: join(root, 'test/react'),
    logLevel: 'error',
    resolve: { conditions: ['source', 'module', 'browser', 'development|production'] },
    build: { outDir, emptyOutDir: true, target: 'es2022', minify: false },
  });
  server = await serve(outDir);
  browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs });
  page = await browser.newPage();
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console.error: ${m.text()}`); });
  await page.goto(server.url);
  await page.getByRole('treeitem').first().waitFor({ timeout: 30_000 });
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(outDir, { recursive: true, force: true });
});

describe('@pm-widgets/react (React 19)', () => {
  it('renders every wrapper inside the Provider, with data from its adapter', async () => {
    await page.getByRole('textbox', { name: 'Wins', exact: true }).waitFor({ timeout: 30_000 });
    await page.locator('pm-survey-360').getByRole('radiogroup').first().waitFor({ timeout: 30_000 });
    await page.locator('pm-feedback-timeline').getByRole('article').first().waitFor({ timeout: 30_000 });
    await page.locator('pm-competency-radar').getByRole('table').first().waitFor({ state: 'attached', timeout: 30_000 });
    const tags = await page.evaluate(() => [...document.querySelectorAll('pm-provider > *')].map((el) => el.localName));
    assert.deepEqual(tags, ['pm-goal-tree', 'pm-check-in', 'pm-survey-360', 'pm-competency-radar', 'pm-feedback-timeline']);
    assert.deepEqual(problems, []);
  });

  it('sets props as properties (objects and functions too) and updates them on re-render', async () => {
    const props = await page.evaluate(() => {
      const tree = document.querySelector('pm-goal-tree');
      const provider = document.querySelector('pm-provider');
      return {
        adapter: provider.adapter === window.adapter,
        viewer: provider.viewer,
        canEdit: tree.canEdit === window.canEdit,
        depth: tree.expandDepth,
        label: tree.label,
        gap: document.querySelector('pm-competency-radar').gap,
        composer: document.querySelector('pm-feedback-timeline').composer,
        assignment: document.querySelector('pm-survey-360').assignment,
      };
    });
    assert.deepEqual(props, { adapter: true, viewer: 'p-priya', canEdit: true, depth: 1, label: 'Company goals', gap: 0.8, composer: true, assignment: 'a-cur-mei-priya' });
    assert.equal(await page.getByRole('tree', { name: 'Company goals' }).count(), 1);
    const before = await page.getByRole('treeitem').count();
    await page.evaluate(() => window.setDepth(3));
    await page.waitForFunction(() => document.querySelector('pm-goal-tree').expandDepth === 3);
    assert.equal(await page.evaluate(() => document.querySelector('pm-goal-tree').expandDepth), 3);
    assert.ok(before > 0);
  });

  it('calls onGoalSelect with the PmGoalSelectEvent when a goal is clicked', async () => {
    await page.getByRole('treeitem').first().click();
    await page.waitForFunction(() => window.calls.some((c) => c.callback === 'onGoalSelect'));
    const call = await page.evaluate(() => window.calls.find((c) => c.callback === 'onGoalSelect'));
    assert.deepEqual(call, { callback: 'onGoalSelect', type: 'pm-goal-select', className: call.className });
    assert.match(call.className, /GoalSelectEvent/);
  });

  it('maps every pm-* event to its callback', async () => {
    const events = {
      'pm-goal-tree': { 'pm-goal-change': 'onGoalChange' },
      'pm-check-in': { 'pm-check-in-submit': 'onCheckInSubmit', 'pm-check-in-save': 'onCheckInSave', 'pm-check-in-reply': 'onCheckInReply' },
      'pm-survey-360': { 'pm-survey-submit': 'onSurveySubmit', 'pm-survey-progress': 'onSurveyProgress' },
      'pm-competency-radar': { 'pm-competency-focus': 'onCompetencyFocus' },
      'pm-feedback-timeline': { 'pm-feedback-select': 'onFeedbackSelect', 'pm-feedback-give': 'onFeedbackGive', 'pm-feedback-request': 'onFeedbackRequest' },
    };
    const seen = await page.evaluate((events) => {
      window.calls.length = 0;
      for (const [tag, map] of Object.entries(events)) for (const type of Object.keys(map)) document.querySelector(tag).dispatchEvent(new Event(type));
      return window.calls.map((c) => [c.type, c.callback]);
    }, events);
    const expected = Object.values(events).flatMap((map) => Object.entries(map));
    assert.deepEqual(seen.filter(([type]) => expected.some(([t]) => t === type)), expected);
  });
});
