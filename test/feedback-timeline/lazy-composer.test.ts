import { fetched } from '../shared/resource-timing.js';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMemoryAdapter, DEMO } from '@pm-widgets/core/memory';
import '@pm-widgets/core/pm-provider.js';
import '@pm-widgets/feedback-timeline/pm-feedback-timeline.js';
import type { PmFeedbackTimeline } from '@pm-widgets/feedback-timeline';
import { composerPart } from '../../packages/feedback-timeline/src/feedback-timeline.js';

// The composer's form is its own chunk (issue 13): a timeline without `composer` never fetches
// it; one with `composer` fetches it before it renders, so the form is there once the update
// completes. This file runs in a page of its own, so nothing has loaded the composer before.


async function mount(composer: boolean): Promise<PmFeedbackTimeline> {
  const provider = await fixture(html`<pm-provider .adapter=${createMemoryAdapter({ viewerId: DEMO.viewerId, persist: false })}
    viewer=${DEMO.viewerId}><pm-feedback-timeline person=${DEMO.managerId} ?composer=${composer}></pm-feedback-timeline></pm-provider>`);
  const el = provider.querySelector('pm-feedback-timeline')!;
  await waitUntil(() => el.shadowRoot!.querySelector('article'), 'feedback shown');
  return el;
}

describe('feedback timeline: composer on demand', () => {
  it('without `composer` it shows the feed and never fetches the composer code', async () => {
    const el = await mount(false);
    expect(el.shadowRoot!.querySelector('[part~="composer"]')).to.equal(null);
    expect(fetched('composer-controller'), 'composer-controller fetched by a read-only timeline').to.equal(false);
  });

  it('when the composer code cannot be fetched, the feed shows with an alert; Retry by keyboard brings the composer, which works', async () => {
    const importer = composerPart.importer;
    composerPart.importer = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    try {
      const el = await mount(true);
      const $ = <T extends HTMLElement>(selector: string) => el.shadowRoot!.querySelector<T>(selector);
      const alert = $('[role="alert"]')!;
      expect(alert.textContent).to.contain('The server could not be reached');
      expect($('[part~="composer"]')).to.equal(null);
      await expect(el).to.be.accessible();

      $('[part~="retry"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect($('[part~="retry"]'), 'still failing: the alert stays').to.exist;
      expect(el.shadowRoot!.activeElement).to.equal($('[part~="retry"]'));

      composerPart.importer = importer;
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $('[part~="composer"] textarea'), 'the composer after Retry');
      await el.updateComplete;
      expect($('[role="alert"]')).to.equal(null);
      expect(el.shadowRoot!.activeElement).to.equal($('[part~="composer"] textarea'));
      await sendKeys({ type: 'Thanks for the clear release notes.' });
      const given = oneEvent(el, 'pm-feedback-give');
      $('[part~="give"]')!.focus();
      await sendKeys({ press: 'Enter' });
      expect((await given).detail.item.body).to.equal('Thanks for the clear release notes.');
    } finally {
      composerPart.importer = importer;
    }
  });

  it('given `composer` later, it fetches the composer code and shows the form once the update completes', async () => {
    const el = await mount(false);
    el.composer = true;
    await el.updateComplete;
    expect(fetched('composer-controller'), 'composer-controller fetched').to.equal(true);
    expect(el.shadowRoot!.querySelector('[part~="composer"] #body')).to.exist;
  });
});
