import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { CASES } from './cases.js';
import { CANARY } from './corpus.js';
import { layoutBreaks, uncoveredFields, unsafeMarkup } from './injection.suite.js';

/**
 * The injection suite reaches every text and URL field of every read a widget makes: the fields
 * come from the schemas, so a new schema field that no case fills fails here until it is covered
 * (or exempted below, with a reason).
 */
const EXEMPT: Record<string, string> = {
  'listFeedback: nextCursor': 'an opaque paging token, sent back to the backend and never shown',
};

describe('injection suite coverage', () => {
  it('every text and URL field the widgets read is filled with hostile values', async () => {
    expect(await uncoveredFields(CASES, EXEMPT)).to.deep.equal([]);
  });
});

describe('injection suite checks (control)', () => {
  class UnsafeWidget extends HTMLElement {
    constructor() {
      super();
      // What the widgets must never do: data as HTML. The suite's checks must catch each part.
      this.attachShadow({ mode: 'open' }).append(document.createRange().createContextualFragment(`<a href="javascript:void 0">x</a>
        <img src="data:," onerror="window.${CANARY}=1"><div style="width:2000px;background:url(https://evil.example/)">${'W'.repeat(300)}</div>`));
    }
  }
  if (!customElements.get('pm-test-unsafe')) customElements.define('pm-test-unsafe', UnsafeWidget);

  it('catches script that ran, an unsafe link, a handler attribute, data in style and a box sticking out', async () => {
    delete window[CANARY];
    const container = await fixture<HTMLElement>(html`<div style="width:320px; overflow:auto"><pm-test-unsafe></pm-test-unsafe></div>`);
    const el = container.querySelector<HTMLElement>('pm-test-unsafe')!;
    await waitUntil(() => window[CANARY] === 1, 'the handler ran');
    const markup = unsafeMarkup(container).join('\n');
    expect(markup).to.contain('javascript: link');
    expect(markup).to.contain('img[onerror] handler attribute');
    expect(markup).to.contain('data: link');
    expect(markup).to.contain('data in a style attribute');
    expect(layoutBreaks(container, el).join('\n')).to.contain('scrolls sideways');
    delete window[CANARY];
  });
});
