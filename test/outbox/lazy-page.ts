import { fixture, html, waitUntil } from '@open-wc/testing';
import type { PerformanceAdapter } from '@pm-widgets/core';
import type { PmCheckIn } from '@pm-widgets/check-in';
import type { PmSurvey360 } from '@pm-widgets/survey-360';
import type { PmFeedbackTimeline } from '@pm-widgets/feedback-timeline';
import { behindNetwork, fetched } from './network.js';

/**
 * For the tests of the outbox on demand (test/outbox/lazy-*.test.ts), each in a page of its own:
 * the widgets are imported only by `loadWidgets()`, after the resource timing buffer was raised
 * here (Chromium keeps 250 entries, and the test runner's own files fill them), so every module
 * the widgets fetch is recorded and `fetched` can tell whether the outbox was among them.
 */
performance.setResourceTimingBufferSize(100_000);

export type Widget = PmCheckIn | PmSurvey360 | PmFeedbackTimeline;
export const $ = <T extends Element = HTMLElement>(el: Widget, selector: string) => el.shadowRoot!.querySelector<T>(selector);

export async function loadWidgets() {
  const [core, memory, drafts, checkIn, survey] = await Promise.all([
    import('@pm-widgets/core'),
    import('@pm-widgets/core/memory'),
    import('@pm-widgets/core/drafts'),
    import('../check-in/fixtures.js'),
    import('../survey-360/fixtures.js'),
    import('@pm-widgets/core/pm-provider.js'),
    import('@pm-widgets/check-in/pm-check-in.js'),
    import('@pm-widgets/survey-360/pm-survey-360.js'),
    import('@pm-widgets/feedback-timeline/pm-feedback-timeline.js'),
  ]);
  // What was imported was recorded (else "not fetched" would prove nothing).
  for (const widget of ['check-in/src/check-in', 'survey-360/src/survey-360', 'feedback-timeline/src/feedback-timeline', 'core/src/drafts/submission-controller']) {
    if (!fetched(new RegExp(`/packages/${widget}\\.(ts|js)`))) throw new Error(`${widget} was not recorded in resource timing`);
  }
  return { core, memory, drafts, checkIn, survey };
}

export type Loaded = Awaited<ReturnType<typeof loadWidgets>>;

/** A check-in of the fixtures' person on `adapter`, loaded. */
export async function mountCheckIn(adapter: PerformanceAdapter, fx: Loaded): Promise<PmCheckIn> {
  const el = document.createElement('pm-check-in');
  el.setAttribute('person', fx.checkIn.PERSON);
  el.setAttribute('period', fx.checkIn.PERIOD);
  el.autosaveDelay = 30;
  el.retryDelay = 5;
  el.adapter = adapter;
  await fixture(html`<div>${el}</div>`);
  await waitUntil(() => $(el, 'form, [part~="summary"]') && !$(el, '[part~="skeleton"]'), 'check-in loaded');
  return el;
}

/** The check-in, the survey and a timeline with its composer, all on backends of `scope`, loaded. */
export async function mountAll(scope: string, fx: Loaded): Promise<{ checkIn: PmCheckIn; survey: PmSurvey360; timeline: PmFeedbackTimeline }> {
  const checkIn = document.createElement('pm-check-in');
  checkIn.setAttribute('person', fx.checkIn.PERSON);
  checkIn.setAttribute('period', fx.checkIn.PERIOD);
  checkIn.adapter = behindNetwork(fx.checkIn.backend().adapter, scope);
  const s = fx.survey.backend();
  const survey = document.createElement('pm-survey-360');
  survey.setAttribute('assignment', s.current.id);
  survey.layout = 'single';
  survey.adapter = behindNetwork(s.adapter, scope);
  const timeline = document.createElement('pm-feedback-timeline');
  timeline.setAttribute('person', fx.memory.DEMO.managerId);
  timeline.composer = true;
  const provider = document.createElement('pm-provider');
  provider.adapter = behindNetwork(fx.memory.createMemoryAdapter({ viewerId: fx.memory.DEMO.viewerId, persist: false }), scope) as PerformanceAdapter;
  provider.viewer = fx.memory.DEMO.viewerId;
  provider.append(timeline);
  await fixture(html`<div style="width: 760px">${checkIn}${survey}${provider}</div>`);
  await waitUntil(() => $(checkIn, 'form') && $(survey, 'form') && $(timeline, '#body'), 'all three loaded');
  return { checkIn, survey, timeline };
}
