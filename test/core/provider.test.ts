import { fetched } from '../shared/resource-timing.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { PmProvider } from '@pm-widgets/core';
import '@pm-widgets/core/pm-provider.js';
import './test-widget.js';
import type { PmTestGoals } from './test-widget.js';
import { goal } from '../shared/fixtures.js';

/** An adapter whose goals carry its name, so a test can see which adapter a widget used. */
const named = (name: string) => {
  const calls: string[] = [];
  return {
    calls,
    listGoals: async ({ ownerId }: { ownerId?: string }) => {
      calls.push(ownerId ?? '');
      return { goals: [goal('g1', { title: `${name} goal` })], people: [] };
    },
  };
};

const titles = (el: PmTestGoals) =>
  [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent).join();

const shows = (el: PmTestGoals, text: string) => waitUntil(() => titles(el) === text, `expected "${text}", saw "${titles(el)}"`);

/** A host whose shadow root holds the widget, to prove context crosses shadow boundaries. */
class ShadowHost extends LitElement {
  override render() {
    return html`<section><pm-test-goals owner="p1"></pm-test-goals></section>`;
  }
}
customElements.define('test-shadow-host', ShadowHost);

describe('<pm-provider> and context', () => {
  // First in the file, so no other test has fetched the REST client yet.
  it('downloads the REST client only once a widget inside a provider with `api` calls it', async () => {
    const restFetched = () => fetched(/\/adapters\/rest\.[jt]s\b/);
    const a = named('A');
    const local = await fixture(html`<pm-provider .adapter=${a}><pm-test-goals owner="p1"></pm-test-goals></pm-provider>`);
    await shows(local.querySelector('pm-test-goals')!, 'A goal');
    expect(restFetched(), 'the REST client on a page with a JS adapter').to.equal(false);

    const requested: string[] = [];
    const pageFetch = window.fetch;
    window.fetch = async (input) => {
      const url = String(input instanceof Request ? input.url : input);
      if (!url.startsWith('https://hr.example/api/')) return pageFetch(input);
      requested.push(url);
      return Response.json({ goals: [goal('g1', { title: 'REST goal' })], people: [] });
    };
    try {
      const remote = await fixture(html`<pm-provider api="https://hr.example/api"><pm-test-goals owner="p1"></pm-test-goals></pm-provider>`);
      await shows(remote.querySelector('pm-test-goals')!, 'REST goal');
    } finally {
      window.fetch = pageFetch;
    }
    expect(restFetched()).to.equal(true);
    expect(requested).to.deep.equal(['https://hr.example/api/goals?ownerId=p1']);
  });

  it('is accessible and invisible to layout', async () => {
    const el = await fixture<PmProvider>(html`<pm-provider><p>content</p></pm-provider>`);
    expect(getComputedStyle(el).display).to.equal('contents');
    await expect(el).to.be.accessible();
  });

  it('leaves the markup it slots to the page\'s own font and colour, whatever its theme', async () => {
    const root = await fixture(html`<div style="font-family: serif; color: rgb(1, 2, 3)"><pm-provider theme="dark"><p>content</p></pm-provider></div>`);
    const p = root.querySelector('p')!;
    expect(getComputedStyle(p).fontFamily).to.equal('serif');
    expect(getComputedStyle(p).color).to.equal('rgb(1, 2, 3)');
  });

  it('hands its adapter, locale and viewer to widgets inside', async () => {
    const a = named('A');
    const root = await fixture(html`<pm-provider .adapter=${a} locale="de-CH" viewer="p7"><pm-test-goals owner="p1"></pm-test-goals></pm-provider>`);
    const widget = root.querySelector('pm-test-goals')!;
    await shows(widget, 'A goal');
    expect(widget.seen).to.deep.equal({ locale: 'de-CH', viewer: 'p7' });
  });

  it('swapping the adapter re-runs the widgets\' loads', async () => {
    const a = named('A');
    const b = named('B');
    const root = await fixture<PmProvider>(html`<pm-provider .adapter=${a}><pm-test-goals owner="p1"></pm-test-goals></pm-provider>`);
    const widget = root.querySelector('pm-test-goals')!;
    await shows(widget, 'A goal');
    root.adapter = b;
    await shows(widget, 'B goal');
    expect(b.calls).to.deep.equal(['p1']);
  });

  it('nested providers: the nearest wins for what it sets, and passes on the rest', async () => {
    const a = named('A');
    const b = named('B');
    const root = await fixture(html`
      <pm-provider .adapter=${a} locale="en-GB" viewer="p1">
        <pm-test-goals id="outer" owner="p1"></pm-test-goals>
        <pm-provider id="inner-adapter" .adapter=${b}>
          <pm-test-goals id="inner" owner="p1"></pm-test-goals>
        </pm-provider>
        <pm-provider id="inner-locale" locale="fr">
          <pm-test-goals id="french" owner="p1"></pm-test-goals>
        </pm-provider>
      </pm-provider>`);
    const outer = root.querySelector<PmTestGoals>('#outer')!;
    const inner = root.querySelector<PmTestGoals>('#inner')!;
    const french = root.querySelector<PmTestGoals>('#french')!;
    await shows(outer, 'A goal');
    await shows(inner, 'B goal');
    await shows(french, 'A goal');
    expect(inner.seen).to.deep.equal({ locale: 'en-GB', viewer: 'p1' });
    expect(french.seen.locale).to.equal('fr');

    // A change on the outer provider reaches the nested widgets that inherit it.
    (root as PmProvider).viewer = 'p2';
    await waitUntil(() => french.seen.viewer === 'p2' && inner.seen.viewer === 'p2');
  });

  it('reaches widgets inside nested shadow roots', async () => {
    const a = named('A');
    const root = await fixture(html`<pm-provider .adapter=${a}><test-shadow-host></test-shadow-host></pm-provider>`);
    const host = root.querySelector<ShadowHost>('test-shadow-host')!;
    await host.updateComplete;
    const widget = host.shadowRoot!.querySelector('pm-test-goals')!;
    await shows(widget, 'A goal');
  });

  it('works when the provider upgrades after the widgets', async () => {
    const a = named('A');
    const root = await fixture(html`<late-provider><pm-test-goals owner="p1"></pm-test-goals></late-provider>`);
    const widget = root.querySelector('pm-test-goals')!;
    await widget.updateComplete;
    expect(widget.shadowRoot!.querySelector('[part~="initial"]'), 'waits for a provider').to.exist;
    (root as PmProvider).adapter = a; // set before upgrade; becomes the property on upgrade
    customElements.define('late-provider', class extends PmProvider {});
    await shows(widget, 'A goal');
  });

  it('a widget\'s own adapter property wins over the provider\'s', async () => {
    const root = await fixture(html`<pm-provider .adapter=${named('A')}><pm-test-goals owner="p1" .adapter=${named('Own')}></pm-test-goals></pm-provider>`);
    await shows(root.querySelector('pm-test-goals')!, 'Own goal');
  });

  it('a widget leaving the provider loses its adapter and says what to configure', async () => {
    const root = await fixture(html`<div><pm-provider .adapter=${named('A')}><pm-test-goals owner="p1"></pm-test-goals></pm-provider></div>`);
    const widget = root.querySelector('pm-test-goals')!;
    await shows(widget, 'A goal');
    root.append(widget);
    await waitUntil(() => widget.shadowRoot!.querySelector('[part~="initial"]'), 'initial state after leaving');
  });

  it('sets dir from the locale so RTL languages lay out right', async () => {
    const root = await fixture(html`<pm-provider .adapter=${named('A')} locale="ar-EG"><pm-test-goals owner="p1"></pm-test-goals></pm-provider>`);
    const widget = root.querySelector('pm-test-goals')!;
    await waitUntil(() => widget.getAttribute('dir') === 'rtl', 'dir=rtl');
  });
});
