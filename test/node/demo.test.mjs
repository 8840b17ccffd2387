/**
 * The demo portal as a person uses it: served by Vite like `npm start`, opened in headless
 * Chromium, read through the accessibility tree and shadow DOM, typed into, reloaded.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { usePortal } from './portal-harness.mjs';

const axeSource = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

const portal = usePortal();

async function openPortal(context) {
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  await page.goto(portal.url);
  // Playwright's locators pierce open shadow roots.
  await page.getByRole('treeitem').first().waitFor({ timeout: 30_000 });
  return { page, problems };
}

describe('demo portal (npm start)', () => {
  it('shows every widget place, with the goal tree and the check-in loaded from the demo backend', async () => {
    const context = await portal.browser.newContext();
    const { page, problems } = await openPortal(context);
    assert.match(await page.title(), /Northwind Intranet/);
    const rows = await page.getByRole('treeitem').count();
    assert.ok(rows >= 5, `expected goal rows, saw ${rows}`);
    assert.ok(await page.getByRole('treeitem', { name: /Become the most trusted people platform/ }).count());
    await page.getByRole('textbox', { name: 'Wins', exact: true }).waitFor();
    assert.equal(await page.locator('[data-widget]').count(), 3, 'places for the survey, the timeline and the radar');
    assert.equal(await page.locator('[data-widget] .placeholder, .placeholder[data-widget]').count(), 0, 'no placeholder left: every widget is live');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('keeps what the user wrote across a reload (persisted memory adapter)', async () => {
    const context = await portal.browser.newContext();
    const { page } = await openPortal(context);
    const wins = page.getByRole('textbox', { name: 'Wins', exact: true });
    await wins.fill('Closed the onboarding epic with the team');
    await page.getByRole('status').filter({ hasText: /^Saved/ }).waitFor({ timeout: 15_000 });
    await page.reload();
    await page.getByRole('textbox', { name: 'Wins', exact: true }).waitFor({ timeout: 30_000 });
    assert.equal(await page.getByRole('textbox', { name: 'Wins', exact: true }).inputValue(), 'Closed the onboarding epic with the team');
    await context.close();
  });

  it('switching the viewer to the manager changes whose check-in is shown', async () => {
    const context = await portal.browser.newContext();
    const { page } = await openPortal(context);
    const viewer = page.getByLabel('Viewing as');
    const managerValue = await viewer.locator('option').nth(1).getAttribute('value');
    await viewer.selectOption(managerValue);
    await page.getByText(/^Welcome back, Mei\./).waitFor();
    assert.equal(await page.locator('pm-check-in').getAttribute('person'), managerValue);
    await context.close();
  });

  it('a manager opens a report\'s check-in from last week and replies; the reply is stored', async () => {
    const context = await portal.browser.newContext();
    const { page } = await openPortal(context);
    await page.getByLabel('Viewing as').selectOption('p-mei');
    await page.getByText(/^Welcome back, Mei\./).waitFor();
    await page.locator('#checkin-person').selectOption({ label: 'Kenji Watanabe' });
    await page.locator('#checkin-week').selectOption({ index: 1 });
    await page.getByRole('heading', { name: 'Kenji Watanabe’s check-in' }).waitFor({ timeout: 30_000 });
    const reply = page.getByRole('textbox', { name: /reply/i });
    await reply.fill('Thanks Kenji. One thing for next week: demo the flaky-test fix to the team.');
    await page.getByRole('button', { name: /send reply|reply/i }).click();
    await page.getByText('demo the flaky-test fix to the team').first().waitFor({ timeout: 15_000 });
    await page.waitForFunction(() => !document.querySelector('pm-check-in')?.shadowRoot?.querySelector('textarea#reply'));
    await page.reload();
    await page.locator('#checkin-person').selectOption({ label: 'Kenji Watanabe' });
    await page.locator('#checkin-week').selectOption({ index: 1 });
    await page.getByRole('heading', { name: 'Kenji Watanabe’s check-in' }).waitFor({ timeout: 30_000 });
    // The heading can render before the stored reply does: wait for the text rather than count at once.
    await page.getByText('demo the flaky-test fix to the team').first().waitFor({ timeout: 15_000 });
    await context.close();
  });

  it('lists the viewer\'s 360 surveys and opens the first open one; the radar draws their results', async () => {
    const context = await portal.browser.newContext();
    const { page, problems } = await openPortal(context);
    const list = page.locator('#survey-assignments button');
    await list.first().waitFor({ timeout: 30_000 });
    assert.ok(await list.filter({ hasText: /Upward feedback to your manager/ }).count(), 'upward feedback to the manager is listed');
    await page.locator('pm-survey-360').getByRole('radiogroup').first().waitFor({ timeout: 30_000 });
    await page.locator('pm-competency-radar').getByRole('img').first().waitFor({ timeout: 30_000 });
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('has no axe violations across the page and the widgets\' shadow roots', async () => {
    const context = await portal.browser.newContext();
    const { page } = await openPortal(context);
    await page.getByRole('textbox', { name: 'Wins', exact: true }).waitFor();
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.id}: ${v.nodes.length} node(s), e.g. ${v.nodes[0]?.target.join(' ')}`);
    });
    assert.deepEqual(violations, []);
    await context.close();
  });
});
