import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createMemoryAdapter, DEMO } from '@pm-widgets/core/memory';
import '@pm-widgets/core/pm-provider.js';
import '@pm-widgets/feedback-timeline/pm-feedback-timeline.js';
import type { PmFeedbackTimeline } from '@pm-widgets/feedback-timeline';

// The composer's form is its own chunk (issue 13): a timeline without `composer` never fetches
// it; one with `composer` fetches it before it renders, so the form is there once the update
// completes. This file runs in a page of its own, so nothing has loaded the composer before.

const fetched = (name: string) => performance.getEntriesByType('resource').some((entry) => entry.name.includes(name));

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
    expect(fetched('composer-view'), 'composer-view fetched by a read-only timeline').to.equal(false);
  });

  it('given `composer` later, it fetches the composer code and shows the form once the update completes', async () => {
    const el = await mount(false);
    el.composer = true;
    await el.updateComplete;
    expect(fetched('composer-view'), 'composer-view fetched').to.equal(true);
    expect(el.shadowRoot!.querySelector('[part~="composer"] #body')).to.exist;
  });
});
