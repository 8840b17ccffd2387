import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AdapterError, type FeedbackItem, type PerformanceAdapter } from '@pm-widgets/core';
import { createMemoryAdapter, DEMO } from '@pm-widgets/core/memory';
import '@pm-widgets/core/pm-provider.js';
import '@pm-widgets/feedback-timeline/pm-feedback-timeline.js';
import { combineSbi, feedbackTimelineMessages, type PmFeedbackRequestEvent, type PmFeedbackTimeline } from '@pm-widgets/feedback-timeline';
import { runAdapterStatesSuite } from '../shared/adapter-states.suite.js';
import { ADA, PERSON, item, items, page, pagedAdapter } from './fixtures.js';

const $ = <T extends Element = HTMLElement>(el: PmFeedbackTimeline, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: PmFeedbackTimeline, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const en = feedbackTimelineMessages.en;

interface MountOptions {
  adapter?: PerformanceAdapter;
  items?: FeedbackItem[];
  person?: string;
  viewer?: string;
  composer?: boolean;
  locale?: string;
  width?: number;
}

async function mount({ adapter, items: given, person = PERSON, viewer, composer, locale, width = 720 }: MountOptions): Promise<PmFeedbackTimeline> {
  const el = document.createElement('pm-feedback-timeline');
  if (given) el.items = given;
  else el.setAttribute('person', person);
  if (composer) el.composer = true;
  if (locale) el.locale = locale;
  el.retryDelay = 10;
  const provider = document.createElement('pm-provider');
  if (adapter) provider.adapter = adapter;
  if (viewer) provider.viewer = viewer;
  provider.append(el);
  await fixture(html`<div style="width: ${width}px">${provider}</div>`);
  await el.updateComplete;
  return el;
}

async function loaded(el: PmFeedbackTimeline): Promise<void> {
  await waitUntil(() => !$(el, '[part~="skeleton"]') && ($(el, 'article') || $(el, '[part~="empty"]') || $(el, '[role="alert"]')), 'timeline loaded');
  await el.updateComplete;
}

async function type(el: PmFeedbackTimeline, selector: string, value: string): Promise<void> {
  const field = $<HTMLTextAreaElement>(el, selector)!;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

const article = (el: PmFeedbackTimeline, id: string) => $(el, `article[data-id="${id}"]`);

runAdapterStatesSuite({
  tag: 'pm-feedback-timeline',
  attributes: { person: PERSON },
  method: 'listFeedback',
  loaded: page(items(3), null, { total: 3 }),
  empty: { items: [], nextCursor: null, total: 0 },
  malformed: { items: [item(0)], nextCursor: 42 },
});

describe('pm-feedback-timeline', () => {
  beforeEach(() => localStorage.clear());

  describe('reading', () => {
    it('shows each item: kind as icon and word, giver, times, body with line breaks, tags, visibility, requested badge', async () => {
      const list = [
        item(0, { kind: 'praise', body: 'Line one\nLine two', requested: true, requestId: 'fr-1', question: 'How was the demo?' }),
        item(1, { kind: 'note', from: { ...ADA } }),
        item(2, { kind: 'coaching', from: undefined }),
      ];
      const el = await mount({ adapter: { listFeedback: async () => page(list, null, { total: 3 }) } });
      await loaded(el);
      await expect(el).to.be.accessible();
      const first = article(el, 'fb-0')!;
      expect(first.querySelector('[part~="kind"]')!.textContent).to.contain('Praise');
      expect(first.querySelector('[part~="kind"] svg')).to.exist;
      expect(first.querySelector('[part~="giver"]')!.textContent).to.contain('Grace Hopper');
      expect(first.querySelector('time')!.getAttribute('datetime')).to.equal(list[0]!.createdAt);
      expect(first.querySelector('time')!.textContent).to.match(/ago|yesterday|today|in /);
      expect((first.querySelector('[part~="body"]') as HTMLElement).innerText).to.equal('Line one\nLine two');
      expect(first.querySelector('[part~="requested"]')!.textContent).to.contain(en.requested);
      expect(first.querySelector('[part~="question"]')!.textContent).to.contain('How was the demo?');
      expect(first.querySelector('[part~="tag"]')!.textContent).to.equal('Communication');
      expect(first.querySelector('[part~="visibility"]')!.textContent).to.contain(en.visibilityPublic);
      expect(article(el, 'fb-1')!.querySelector('[part~="giver"]')!.textContent).to.contain(en.privateNote);
      expect(article(el, 'fb-2')!.querySelector('[part~="giver"]')!.textContent).to.contain(en.anonymous);
      expect($(el, '.sticky-month')!.textContent).to.match(/November 2026/);
    });

    it('collapses long bodies behind Show more', async () => {
      const long = 'A long story. '.repeat(60);
      const el = await mount({ items: [item(0, { body: long })] });
      const body = $(el, '[part~="body"]')!;
      expect(body.classList.contains('collapsed')).to.equal(true);
      const more = $<HTMLButtonElement>(el, '[part~="show-more"]')!;
      expect(more.getAttribute('aria-expanded')).to.equal('false');
      more.click();
      await el.updateComplete;
      expect($(el, '[part~="body"]')!.classList.contains('collapsed')).to.equal(false);
      expect($(el, '[part~="show-more"]')!.textContent!.trim()).to.equal(en.showLess);
      await expect(el).to.be.accessible();
    });

    it('fires pm-feedback-select on click and on Enter', async () => {
      const el = await mount({ items: items(3) });
      setTimeout(() => article(el, 'fb-1')!.click());
      const clicked = await oneEvent(el, 'pm-feedback-select');
      expect(clicked.detail.item.id).to.equal('fb-1');
      article(el, 'fb-2')!.focus();
      setTimeout(() => void sendKeys({ press: 'Enter' }));
      const entered = await oneEvent(el, 'pm-feedback-select');
      expect(entered.detail.item.id).to.equal('fb-2');
    });
  });

  describe('feed keyboard (APG feed)', () => {
    it('Page Down / Page Up move between articles; Ctrl+End and Ctrl+Home leave the feed', async () => {
      const el = await mount({ items: items(40) });
      const feed = $(el, '[role="feed"]')!;
      expect(feed.getAttribute('aria-busy')).to.equal('false');
      const first = article(el, 'fb-0')!;
      expect(first.getAttribute('tabindex')).to.equal('0');
      expect(first.getAttribute('aria-posinset')).to.equal('1');
      expect(first.getAttribute('aria-setsize')).to.equal('40');
      first.focus();
      await sendKeys({ press: 'PageDown' });
      await el.updateComplete;
      await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('data-id') === 'fb-1', 'focus on the second');
      for (let i = 0; i < 12; i++) await sendKeys({ press: 'PageDown' });
      await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('data-id') === 'fb-13', 'focus on the 14th');
      const focused = el.shadowRoot!.activeElement!.getBoundingClientRect();
      const view = feed.getBoundingClientRect();
      expect(focused.top).to.be.at.least(view.top - 1);
      expect(focused.bottom).to.be.at.most(view.bottom + 1);
      await sendKeys({ press: 'PageUp' });
      await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('data-id') === 'fb-12', 'back one');
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'End' });
      await sendKeys({ up: 'Control' });
      expect(el.shadowRoot!.activeElement?.id).to.equal('after-feed');
      article(el, 'fb-12')!.focus();
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'Home' });
      await sendKeys({ up: 'Control' });
      expect(el.shadowRoot!.activeElement?.id).to.equal('before-feed');
      await expect(el).to.be.accessible();
    });
  });

  describe('paging', () => {
    it('says aria-setsize -1 while the total is unknown, loads more near the end, and Retry recovers a failed page', async () => {
      const all = items(45);
      let failNext = false;
      const { adapter, calls } = pagedAdapter(all, 20, (n) => n === 1 && failNext);
      const unknownTotal: PerformanceAdapter = {
        listFeedback: async (q, o) => ({ ...(await adapter.listFeedback!(q, o)), total: undefined } as never),
      };
      failNext = true;
      const el = await mount({ adapter: unknownTotal });
      await loaded(el);
      expect(article(el, 'fb-0')!.getAttribute('aria-setsize')).to.equal('-1');
      const feed = $(el, '[role="feed"]')!;
      feed.scrollTop = feed.scrollHeight;
      await waitUntil(() => article(el, 'fb-19'), 'scrolled to the last loaded item');
      await waitUntil(() => $(el, '[part~="retry-page"]'), 'the failed page offers Retry', { timeout: 3000 });
      expect($(el, '[part~="footer"]')!.textContent).to.contain(en.loadMoreFailed);
      expect(article(el, 'fb-19'), 'what was shown stays').to.exist;
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '[part~="retry-page"]')!.click();
      await waitUntil(() => calls.length >= 3, 'page 2 asked again');
      for (let i = 0; i < 20 && !$(el, '[part~="footer"]')!.textContent!.includes(en.endOfFeed); i++) {
        feed.scrollTop = feed.scrollHeight;
        await aTimeout(30);
      }
      expect($(el, '[part~="footer"]')!.textContent).to.contain(en.endOfFeed);
      expect(calls.map((c) => c.query['cursor'] ?? null)).to.deep.equal([null, '20', '20', '40']);
      expect(article(el, 'fb-44')?.getAttribute('aria-setsize')).to.equal('45');
      await expect(el).to.be.accessible();
    });

    it('stops when a cursor never ends (the same page again)', async () => {
      let calls = 0;
      const el = await mount({
        adapter: {
          listFeedback: async () => {
            calls++;
            return page(items(10), 'again');
          },
        },
      });
      await loaded(el);
      const feed = $(el, '[role="feed"]')!;
      for (let i = 0; i < 10; i++) {
        feed.scrollTop = feed.scrollHeight;
        await aTimeout(20);
      }
      await waitUntil(() => $(el, '[part~="footer"]')!.textContent!.includes(en.cursorRepeated), 'stopped');
      expect(calls).to.be.at.most(3);
      expect($$(el, 'article').length).to.be.at.most(10);
    });

    it('shows the valid items of a page with bad ones and says how many could not be shown', async () => {
      const warn = console.warn;
      console.warn = () => {};
      try {
        const el = await mount({
          adapter: {
            listFeedback: async () => ({
              items: [item(0), { ...item(1), body: 7 }, { ...item(2), kind: 'kudos-v2' }, { id: 'x' }],
              nextCursor: null,
            }) as never,
          },
        });
        await loaded(el);
        expect($$(el, 'article').map((a) => a.dataset['id'])).to.deep.equal(['fb-0', 'fb-2']);
        expect(article(el, 'fb-2')!.querySelector('[part~="kind"]')!.textContent).to.contain(en.kindOther);
        expect($(el, '[part~="notice"]')!.textContent).to.contain('2 items could not be shown');
        await expect(el).to.be.accessible();
      } finally {
        console.warn = warn;
      }
    });
  });

  describe('filters', () => {
    it('re-queries by kind, shows counts, announces the result politely', async () => {
      const { adapter, calls } = pagedAdapter(items(30), 50);
      const el = await mount({ adapter });
      await loaded(el);
      const praise = $$<HTMLButtonElement>(el, '[part~="kind-filter"]').find((b) => b.dataset['kind'] === 'praise')!;
      expect(praise.textContent).to.contain('1');
      praise.click();
      await waitUntil(() => calls.length === 2 && !$(el, '[aria-busy="true"]'), 're-queried');
      await el.updateComplete;
      expect(calls[1]!.query['kinds']).to.deep.equal(['praise']);
      expect(praise.getAttribute('aria-pressed')).to.equal('true');
      expect($$(el, 'article').every((a) => a.dataset['kind'] === 'praise')).to.equal(true);
      const status = $$(el, '[role="status"]').find((s) => s.getAttribute('aria-live') === 'polite')!;
      expect(status.textContent).to.equal(en.resultCount(6));
      await expect(el).to.be.accessible();
    });

    it('keeps the reader\'s place when a filter still shows the item they were reading', async () => {
      const el = await mount({ items: items(200) });
      await el.scrollToItem(60); // fb-60 is praise
      await el.updateComplete;
      $$<HTMLButtonElement>(el, '[part~="kind-filter"]').find((b) => b.dataset['kind'] === 'praise')!.click();
      await el.updateComplete;
      await aTimeout(50);
      await el.updateComplete;
      const feed = $(el, '[role="feed"]')!.getBoundingClientRect();
      const reading = article(el, 'fb-60');
      expect(reading, 'the item is still rendered').to.exist;
      const box = reading!.getBoundingClientRect();
      expect(box.top).to.be.at.least(feed.top - 1);
      expect(box.top).to.be.below(feed.top + 120);
      expect($$(el, '[role="status"]').some((s) => s.textContent === en.resultCount(40))).to.equal(true);
    });

    it('filters given items by date range, and offers to clear when nothing matches', async () => {
      const el = await mount({ items: items(40) });
      const from = $<HTMLInputElement>(el, 'input[data-field="from"]')!;
      from.value = '2026-11-27';
      from.dispatchEvent(new Event('change'));
      await el.updateComplete;
      const shown = $$(el, 'article');
      expect(shown.length).to.be.greaterThan(0);
      expect(shown.every((a) => a.querySelector('time')!.getAttribute('datetime')! >= '2026-11-27')).to.equal(true);
      from.value = '2027-01-01';
      from.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect($(el, '[part~="empty"]')!.textContent).to.contain(en.emptyFiltered);
      await expect(el).to.be.accessible();
    });
  });

  describe('bad input', () => {
    it('shows hostile text as text and only http(s) links', async () => {
      const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
      const el = await mount({
        items: [
          item(0, { body: hostile, link: 'javascript:alert(1)', from: { id: 'p-x', name: '<b>Eve</b>' } }),
          item(1, { link: 'https://example.com/kudos', values: ['Not in the catalogue'], body: '' }),
        ],
      });
      const body = article(el, 'fb-0')!.querySelector('[part~="body"]')!;
      expect(body.textContent).to.equal(hostile);
      expect(body.querySelector('img, script')).to.equal(null);
      expect(article(el, 'fb-0')!.querySelector('[part~="giver"]')!.textContent).to.contain('<b>Eve</b>');
      expect(article(el, 'fb-0')!.querySelector('a')).to.equal(null);
      expect(article(el, 'fb-1')!.querySelector('a')!.getAttribute('href')).to.equal('https://example.com/kudos');
      expect(article(el, 'fb-1')!.querySelector('[part~="body"]')!.textContent).to.contain(en.emptyBody);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  describe('composer', () => {
    const viewer = DEMO.viewerId;
    const colleague = DEMO.managerId;

    it('gives feedback: shown at once, stored once, pm-feedback-give after the save', async () => {
      const memory = createMemoryAdapter({ viewerId: viewer, latency: 400 });
      const el = await mount({ adapter: memory, person: colleague, viewer, composer: true });
      await loaded(el);
      await expect(el).to.be.accessible();
      expect($(el, '#composer-h')!.textContent).to.contain('Mei');
      await type(el, '#body', 'Your planning session was crisp. Thank you!');
      $<HTMLButtonElement>(el, '[part~="give"]')!.click();
      await waitUntil(() => $(el, 'article[aria-busy="true"]'), 'optimistic item');
      expect($(el, 'article[aria-busy="true"] [part~="body"]')!.textContent).to.contain('crisp');
      const event = await oneEvent(el, 'pm-feedback-give');
      expect(event.detail.item.body).to.equal('Your planning session was crisp. Thank you!');
      await el.updateComplete;
      expect(article(el, event.detail.item.id), 'the stored item replaces the pending one').to.exist;
      expect($(el, 'article[aria-busy="true"]')).to.equal(null);
      expect($<HTMLTextAreaElement>(el, '#body')!.value).to.equal('');
      const stored = await memory.listFeedback({ personId: colleague, limit: 5 });
      expect(stored.items.filter((f) => f.body.includes('crisp'))).to.have.length(1);
      expect(stored.items[0]!.from?.id).to.equal(viewer);
      await expect(el).to.be.accessible();
    });

    it('rolls back on failure, keeps the text and shows the reason', async () => {
      const memory = createMemoryAdapter({ viewerId: viewer });
      const adapter: PerformanceAdapter = {
        ...memory,
        giveFeedback: async () => {
          await aTimeout(20);
          throw new AdapterError('forbidden', 'no', { retryable: false });
        },
      };
      const el = await mount({ adapter, person: colleague, viewer, composer: true });
      await loaded(el);
      await type(el, '#body', 'Thanks for the help.');
      $<HTMLButtonElement>(el, '[part~="give"]')!.click();
      await waitUntil(() => $(el, '[part~="give-error"]'), 'failure shown');
      expect($(el, 'article[aria-busy="true"]'), 'optimistic item rolled back').to.equal(null);
      expect($<HTMLTextAreaElement>(el, '#body')!.value).to.equal('Thanks for the help.');
      expect($(el, '[part~="give-error"]')!.getAttribute('role')).to.equal('alert');
      expect($(el, '[part~="give-error"]')!.textContent!.length).to.be.greaterThan(20);
      await expect(el).to.be.accessible();
    });

    it('keeps the draft across a reload', async () => {
      const memory = createMemoryAdapter({ viewerId: viewer });
      const first = await mount({ adapter: memory, person: colleague, viewer, composer: true });
      await loaded(first);
      await type(first, '#body', 'Half-written thought');
      first.closest('pm-provider')!.remove();
      const second = await mount({ adapter: memory, person: colleague, viewer, composer: true });
      await loaded(second);
      expect($<HTMLTextAreaElement>(second, '#body')!.value).to.equal('Half-written thought');
    });

    it('stores exactly one item when an answer is lost and the give is retried', async () => {
      const memory = createMemoryAdapter({ viewerId: viewer });
      let attempts = 0;
      const keys: string[] = [];
      const adapter: PerformanceAdapter = {
        ...memory,
        giveFeedback: async (input, options) => {
          attempts++;
          keys.push(options.idempotencyKey);
          const stored = await memory.giveFeedback(input, options);
          if (attempts === 1) throw new TypeError('Failed to fetch'); // stored, but the answer was lost
          return stored;
        },
      };
      const el = await mount({ adapter, person: colleague, viewer, composer: true });
      await loaded(el);
      await type(el, '#body', 'Exactly once, please.');
      $<HTMLButtonElement>(el, '[part~="give"]')!.click();
      await oneEvent(el, 'pm-feedback-give');
      expect(attempts).to.equal(2);
      expect(keys[0]).to.equal(keys[1]);
      const stored = await memory.listFeedback({ personId: colleague, limit: 50 });
      expect(stored.items.filter((f) => f.body === 'Exactly once, please.')).to.have.length(1);
    });

    it('offers Situation–Behaviour–Impact for constructive feedback and combines it into the body', async () => {
      const memory = createMemoryAdapter({ viewerId: viewer });
      const el = await mount({ adapter: memory, person: colleague, viewer, composer: true });
      await loaded(el);
      const constructive = $<HTMLInputElement>(el, 'input[name="kind"][value="constructive"]')!;
      constructive.click();
      await el.updateComplete;
      expect($(el, '[part~="sbi"]')).to.exist;
      expect($(el, '[part~="sbi-guidance"]')!.textContent).to.contain(en.sbiIntro);
      await expect(el).to.be.accessible();
      await type(el, '#sbi-situation', 'In Tuesday’s retro');
      await type(el, '#sbi-impact', 'Two people stopped talking');
      $<HTMLButtonElement>(el, '[part~="give"]')!.click();
      const event = await oneEvent(el, 'pm-feedback-give');
      expect(event.detail.item.kind).to.equal('constructive');
      expect(event.detail.item.body).to.equal(combineSbi({ situation: 'In Tuesday’s retro', behaviour: '', impact: 'Two people stopped talking', next: '' }, en));
      expect(event.detail.item.body).to.equal('Situation: In Tuesday’s retro\n\nImpact: Two people stopped talking');
    });

    it('on one’s own timeline writes a private note', async () => {
      const memory = createMemoryAdapter({ viewerId: viewer });
      const el = await mount({ adapter: memory, person: viewer, viewer, composer: true });
      await loaded(el);
      expect($(el, '#composer-h')!.textContent).to.equal(en.composerHeadingSelf);
      expect($(el, 'input[name="kind"]')).to.equal(null);
      await type(el, '#body', 'Remember to ask Diego about the migration.');
      $<HTMLButtonElement>(el, '[part~="give"]')!.click();
      const event = await oneEvent(el, 'pm-feedback-give');
      expect(event.detail.item.kind).to.equal('note');
      expect(event.detail.item.visibility).to.equal('private');
      await el.updateComplete;
      expect(article(el, event.detail.item.id)!.querySelector('[part~="giver"]')!.textContent).to.contain(en.privateNote);
    });

    it('says what is missing when the body is empty', async () => {
      const el = await mount({ adapter: createMemoryAdapter({ viewerId: viewer }), person: colleague, viewer, composer: true });
      await loaded(el);
      $<HTMLButtonElement>(el, '[part~="give"]')!.click();
      await el.updateComplete;
      expect($(el, '[part~="error-message"]')!.textContent).to.equal(en.bodyMissing);
      expect($(el, '#body')!.getAttribute('aria-invalid')).to.equal('true');
      await expect(el).to.be.accessible();
    });
  });

  describe('requests', () => {
    it('round trip: ask colleagues, they see the request at the top, Answer gives requested feedback', async () => {
      const memory = createMemoryAdapter({ viewerId: DEMO.viewerId });
      // Priya asks her manager and a teammate.
      const priya = await mount({ adapter: memory, person: DEMO.viewerId, viewer: DEMO.viewerId, composer: true });
      await loaded(priya);
      $$<HTMLButtonElement>(priya, '[part~="toolbar"] button').find((b) => b.textContent!.includes(en.askOpen))!.click();
      await priya.updateComplete;
      await waitUntil(() => $(priya, '[part~="ask"] input[type="checkbox"]'), 'people to ask');
      await expect(priya).to.be.accessible();
      for (const id of [DEMO.managerId, 'p-diego']) {
        $<HTMLInputElement>(priya, `[part~="ask"] input[value="${id}"]`)!.click();
      }
      await type(priya, '#ask-question', 'How did I run the Q3 planning meeting?');
      $<HTMLButtonElement>(priya, '[part~="ask"] button[type="submit"]')!.click();
      const asked = await oneEvent(priya, 'pm-feedback-request');
      expect((asked as unknown as PmFeedbackRequestEvent).requests.map((r) => r.toId).sort()).to.deep.equal([DEMO.managerId, 'p-diego'].sort());
      priya.closest('pm-provider')!.remove();

      // Mei sees it on her own timeline and answers.
      const mei = await mount({ adapter: memory, person: DEMO.managerId, viewer: DEMO.managerId, composer: true });
      await loaded(mei);
      await waitUntil(() => $(mei, '[part~="requests"]'), 'requests shown');
      const request = $$(mei, '.request').find((r) => r.textContent!.includes('Q3 planning meeting'))!;
      expect(request, 'the request is at the top').to.exist;
      await expect(mei).to.be.accessible();
      (request.querySelector('button') as HTMLButtonElement).click();
      await mei.updateComplete;
      expect($(mei, '#composer-h')!.textContent).to.contain('Priya');
      await type(mei, '#sbi-situation', 'The Q3 planning meeting');
      await type(mei, '#sbi-next', 'Send the agenda a day earlier.');
      $<HTMLButtonElement>(mei, '[part~="give"]')!.click();
      const given = await oneEvent(mei, 'pm-feedback-give');
      expect(given.detail.item.requested).to.equal(true);
      expect(given.detail.item.toId).to.equal(DEMO.viewerId);
      await mei.updateComplete;
      expect($$(mei, '.request').some((r) => r.textContent!.includes('Q3 planning meeting')), 'answered request gone').to.equal(false);
      mei.closest('pm-provider')!.remove();

      // Priya's timeline shows the answer, marked requested.
      const again = await mount({ adapter: memory, person: DEMO.viewerId, viewer: DEMO.viewerId });
      await loaded(again);
      const answer = article(again, given.detail.item.id)!;
      expect(answer.querySelector('[part~="requested"]')).to.exist;
      expect(answer.querySelector('[part~="question"]')!.textContent).to.contain('Q3 planning meeting');
    });
  });

  describe('scale', () => {
    it('reaches the last of 100,000 items', async function () {
      this.timeout(20_000);
      const many = items(100_000);
      const el = await mount({ items: many });
      const feed = $(el, '[role="feed"]')!;
      expect($$(el, 'article').length, 'only a window is in the DOM').to.be.below(60);
      feed.scrollTop = feed.scrollHeight;
      await waitUntil(() => article(el, 'fb-99999'), 'last item rendered');
      await aTimeout(50);
      await el.updateComplete;
      const last = article(el, 'fb-99999')!;
      expect(last.getAttribute('aria-posinset')).to.equal('100000');
      expect(last.getAttribute('aria-setsize')).to.equal('100000');
      const box = last.getBoundingClientRect();
      const view = feed.getBoundingClientRect();
      expect(box.bottom, 'last item fully in view').to.be.at.most(view.bottom + 1);
      expect(box.top).to.be.at.least(view.top - 1);
      expect(feed.scrollHeight, 'under the browser limit').to.be.at.most(8_000_000);
      last.focus();
      await sendKeys({ press: 'PageUp' });
      await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('data-id') === 'fb-99998', 'page up from the last');
      expect($$(el, 'article').length).to.be.below(60);
    });
  });

  describe('layout, language, direction', () => {
    it('nothing scrolls sideways at 320 px, with the composer open', async () => {
      const el = await mount({ adapter: createMemoryAdapter({ viewerId: DEMO.viewerId }), person: DEMO.managerId, viewer: DEMO.viewerId, composer: true, width: 320 });
      await loaded(el);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
      for (const node of $$(el, '.entry, .composer, .filters')) expect(node.scrollWidth, node.className).to.be.at.most(node.clientWidth + 1);
    });

    it('speaks German, and lays out right to left', async () => {
      const de = await mount({ items: items(3), locale: 'de' });
      expect($(de, '[part~="kind"]')!.textContent).to.contain('Lob');
      expect($(de, '.sticky-month')!.textContent).to.contain('November');
      const rtl = await mount({ items: items(3), locale: 'ar' });
      expect(rtl.getAttribute('dir')).to.equal('rtl');
      await expect(rtl).to.be.accessible();
    });
  });
});
