/**
 * The feedback area of the demo portal as people use it: the viewer's own timeline with requests
 * waiting and a private note that survives a reload, a manager giving a report feedback, and
 * asking for feedback. Served by Vite like `npm start`, in headless Chromium.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { usePortal } from './portal-harness.mjs';

const portal = usePortal();

async function open(context) {
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.goto(portal.url);
  const timeline = page.locator('pm-feedback-timeline');
  await timeline.locator('article').first().waitFor({ timeout: 30_000 });
  return { page, timeline, problems };
}

describe('demo portal: feedback & recognition', () => {
  it('shows the viewer\'s own timeline with the requests waiting for them, and a note survives a reload', async () => {
    const context = await portal.browser.newContext();
    const { page, timeline, problems } = await open(context);
    await timeline.getByRole('heading', { name: 'Asked of you' }).waitFor({ timeout: 15_000 });
    assert.ok(await timeline.getByText('How did I run the Q3 planning meeting?', { exact: false }).count());
    assert.ok(await timeline.getByRole('feed').count(), 'an APG feed');
    await timeline.getByRole('textbox', { name: 'Note' }).fill('Ask Diego about the migration plan');
    await timeline.getByRole('button', { name: 'Save note' }).click();
    await timeline.getByText('Note saved.').waitFor({ timeout: 15_000 });
    await page.reload();
    await timeline.locator('article').first().waitFor({ timeout: 30_000 });
    assert.ok(await timeline.locator('article', { hasText: 'Ask Diego about the migration plan' }).count(), 'the note is stored');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('lets a manager give a report constructive feedback with the SBI fields', async () => {
    const context = await portal.browser.newContext();
    const { page, timeline } = await open(context);
    const viewer = page.getByLabel('Viewing as');
    const managerValue = await viewer.locator('option').nth(1).getAttribute('value');
    await viewer.selectOption(managerValue);
    await page.getByText(/^Welcome back, Mei\./).waitFor();
    await page.locator('#timeline-person').selectOption({ label: 'Priya Raman (reports to you)' });
    await timeline.getByRole('heading', { name: 'Give feedback to Priya Raman' }).waitFor({ timeout: 30_000 });
    await timeline.getByText('Constructive', { exact: true }).first().click();
    await timeline.getByRole('textbox', { name: 'Situation' }).fill('In the incident review on Monday');
    await timeline.getByRole('textbox', { name: 'What I ask next' }).fill('Share the timeline before the meeting.');
    await timeline.getByRole('button', { name: 'Give feedback' }).click();
    await timeline.getByText('Feedback sent to Priya Raman.').waitFor({ timeout: 15_000 });
    const item = timeline.locator('article', { hasText: 'Share the timeline before the meeting.' });
    assert.equal(await item.count(), 1);
    assert.match(await item.innerText(), /Situation: In the incident review on Monday/);
    await context.close();
  });

  it('asks colleagues for feedback', async () => {
    const context = await portal.browser.newContext();
    const { timeline } = await open(context);
    await timeline.getByRole('button', { name: 'Ask for feedback' }).click();
    await timeline.getByRole('checkbox', { name: /Mei Chen/ }).check();
    await timeline.getByRole('textbox', { name: 'Your question' }).fill('Was my design review useful?');
    await timeline.getByRole('button', { name: 'Send request' }).click();
    await timeline.getByText('Request sent to 1 person.').waitFor({ timeout: 15_000 });
    await context.close();
  });
});
