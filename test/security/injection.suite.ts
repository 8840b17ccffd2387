import '@pm-widgets/core/pm-provider.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { PerformanceAdapter } from '@pm-widgets/core';
import { CANARY, ALLOWED_URL_PAYLOADS, TEXT_PAYLOADS, UNSAFE_URL_PAYLOADS } from './corpus.js';
import type { Assign, Field } from './fields.js';
import { hostileAdapter, type InjectionCase, type WidgetState } from './hostile-adapter.js';

export { uncoveredFields } from './hostile-adapter.js';
export type { InjectionCase, WidgetState } from './hostile-adapter.js';

/**
 * The injection suite every widget runs: hostile text and URLs in every text and URL field its
 * reads return (enumerated from the schemas, see fields.ts), through the real validating wrapper
 * and the shared cache, in each of the widget's main states. It passes when no script runs,
 * nothing unsafe is linked, nothing sticks out of the widget at 320 px, and every value that is
 * shown is shown verbatim, as text.
 */
declare global {
  interface Window { [CANARY]?: unknown }
}

const WIDTH = 320;
const MARK = /⟦\d+\.\d+⟧/g;

/** Round `round` of the rotation: occurrence i of a field gets payload (i + round); values remembered by marker. */
function rotation(round: number, values: Map<string, { path: string; value: string }>) {
  return (method: number): Assign => {
    let n = 0;
    return (field: Field) => {
      const i = n++;
      if (field.kind === 'url') return ALLOWED_URL_PAYLOADS[(i + round) % ALLOWED_URL_PAYLOADS.length];
      const marker = `⟦${method}.${i}⟧`;
      const value = `${marker}${TEXT_PAYLOADS[(i + round) % TEXT_PAYLOADS.length]}`.slice(0, field.max);
      values.set(marker, { path: field.path, value });
      return value;
    };
  };
}

/** Every element under `root`, through open shadow roots. */
function* deep(root: Node): Generator<Element> {
  const children = root instanceof Element && root.shadowRoot ? [...root.children, ...root.shadowRoot.children] : [...(root as ParentNode).children];
  for (const child of children) {
    yield child;
    yield* deep(child);
  }
}

/** Text as a person meets it: text nodes, form values, and the attributes assistive technology reads. */
function shownStrings(root: Element): string[] {
  const out: string[] = [];
  const textOf = (node: Node) => {
    for (const child of node.childNodes) if (child.nodeType === Node.TEXT_NODE) out.push(child.nodeValue ?? '');
  };
  textOf(root);
  if (root.shadowRoot) textOf(root.shadowRoot);
  for (const el of deep(root)) {
    textOf(el);
    if (el.shadowRoot) textOf(el.shadowRoot);
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) out.push(el.value);
    for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description', 'aria-valuetext']) {
      const v = el.getAttribute(name);
      if (v) out.push(v);
    }
  }
  return out;
}

const URL_ATTRIBUTES = ['href', 'src', 'xlink:href', 'action', 'formaction', 'srcset', 'poster', 'data', 'ping', 'background'];
const FORBIDDEN_ELEMENTS = new Set(['script', 'iframe', 'object', 'embed', 'frame', 'frameset', 'base', 'meta', 'foreignobject', 'portal']);

/** What is wrong with the DOM under `root`: script-capable elements, handlers, unsafe URLs, data in style. */
export function unsafeMarkup(root: Element): string[] {
  const found: string[] = [];
  for (const el of [root, ...deep(root)]) {
    if (FORBIDDEN_ELEMENTS.has(el.localName.toLowerCase())) found.push(`<${el.localName}> element`);
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) found.push(`${el.localName}[${name}] handler attribute`);
      if (URL_ATTRIBUTES.includes(name)) {
        const urls = name === 'srcset' ? attr.value.split(',').map((s) => s.trim().split(/\s+/)[0]!) : [attr.value];
        for (const url of urls) {
          let protocol = 'invalid:';
          try { protocol = new URL(url, document.baseURI).protocol; } catch { /* stays invalid */ }
          if (protocol !== 'http:' && protocol !== 'https:') found.push(`${el.localName}[${name}="${url.slice(0, 60)}"]: ${protocol} link`);
        }
      }
      if (name === 'style' && (MARK.test(attr.value) || /url\(|expression\(|@import/i.test(attr.value))) {
        found.push(`${el.localName}[style="${attr.value.slice(0, 60)}"]: data in a style attribute`);
      }
      MARK.lastIndex = 0;
    }
  }
  return found;
}

/** Boxes that stick out of the widget (sideways, or below when the widget has a fixed height), unless clipped. */
export function layoutBreaks(container: HTMLElement, el: HTMLElement): string[] {
  const found: string[] = [];
  if (container.scrollWidth > container.clientWidth + 1) found.push(`the ${WIDTH} px container scrolls sideways by ${container.scrollWidth - container.clientWidth}px`);
  const host = el.getBoundingClientRect();
  const outer = container.getBoundingClientRect();
  if (host.left < outer.left - 1 || host.right > outer.right + 1) found.push(`the widget spans ${Math.round(host.left - outer.left)}..${Math.round(host.right - outer.left)}px`);
  const visit = (node: Element | ShadowRoot, clipped: boolean) => {
    for (const child of node.children) {
      const style = getComputedStyle(child);
      if (style.display === 'none' || style.visibility === 'hidden' || style.position === 'fixed') continue;
      if (child.localName === 'dialog' && (child as HTMLDialogElement).open) continue; // the top layer is the page's
      const box = child.getBoundingClientRect();
      if (!clipped && box.width > 0 && box.height > 0 && (box.right > host.right + 1 || box.left < host.left - 1)) {
        found.push(`${child.localName}${child.className && typeof child.className === 'string' ? `.${child.className.split(' ')[0]}` : ''} spans ${Math.round(box.left - host.left)}..${Math.round(box.right - host.left)}px of a ${Math.round(host.width)}px widget`);
      }
      if ((style.overflowX === 'auto' || style.overflowX === 'scroll') && child.scrollWidth > child.clientWidth + 1) {
        found.push(`${child.localName}.${String(child.className).split(' ')[0]} scrolls sideways by ${child.scrollWidth - child.clientWidth}px`);
      }
      const clips = clipped || style.overflowX !== 'visible';
      if (child.shadowRoot) visit(child.shadowRoot, clips);
      visit(child, clips);
    }
  };
  visit(el.shadowRoot!, false);
  return found;
}

function armCanary(): void {
  delete window[CANARY];
  for (const name of ['alert', 'confirm', 'prompt', 'print'] as const) {
    (window as unknown as Record<string, unknown>)[name] = () => { window[CANARY] = `window.${name}()`; };
  }
}

async function mount(c: InjectionCase, adapter: PerformanceAdapter, state?: WidgetState): Promise<{ container: HTMLElement; el: HTMLElement }> {
  const container = await fixture<HTMLElement>(html`<div style="width:${WIDTH}px; overflow:auto; font-size:16px">
    <pm-provider .adapter=${adapter} viewer=${state?.viewer ?? c.viewer}></pm-provider></div>`);
  const el = document.createElement(c.tag);
  for (const [name, value] of Object.entries(state?.attributes ?? c.attributes)) el.setAttribute(name, value);
  container.querySelector('pm-provider')!.append(el);
  return { container, el };
}

const settle = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

export function runInjectionSuite(c: InjectionCase): void {
  describe(`${c.tag}: hostile text and URLs`, () => {
    beforeEach(() => { localStorage.clear(); armCanary(); });
    afterEach(() => expect(window[CANARY], 'a payload ran').to.equal(undefined));

    for (const state of c.states) {
      it(`${state.name}: ${TEXT_PAYLOADS.length} text payloads × every text field, ${ALLOWED_URL_PAYLOADS.length} URLs × every URL field`, async function () {
        this.timeout(120_000);
        const shownPaths = new Set<string>();
        for (let round = 0; round < TEXT_PAYLOADS.length; round++) {
          const values = new Map<string, { path: string; value: string }>();
          const { container, el } = await mount(c, hostileAdapter(c, rotation(round, values), { keep: state.keep }), state);
          await waitUntil(() => c.loaded(el), `round ${round}: ${c.tag} loaded`, { timeout: 8000 });
          if (state.act) await state.act(el);
          await settle();
          const where = `${state.name}, round ${round}`;
          expect(el.shadowRoot!.querySelector('[role="alert"] [part~="retry"]'), `${where}: no error state`).to.equal(null);
          expect(unsafeMarkup(container), `${where}: unsafe markup`).to.deep.equal([]);
          expect(layoutBreaks(container, el), `${where}: layout`).to.deep.equal([]);
          expect(window[CANARY], `${where}: a payload ran`).to.equal(undefined);
          const strings = shownStrings(el);
          const seen = new Set(strings.flatMap((s) => s.match(MARK) ?? []));
          for (const marker of seen) {
            const expected = values.get(marker);
            if (!expected) continue;
            expect(strings.some((s) => s.includes(expected.value) || s.includes(expected.value.trim())), `${where}: ${expected.path} (${marker}) shown verbatim`).to.equal(true);
            shownPaths.add(expected.path);
          }
          container.remove();
        }
        expect([...state.shows].filter((p) => !shownPaths.has(p)), `${state.name}: fields that must be shown`).to.deep.equal([]);
      });
    }

    it('refuses unsafe URLs in every URL field: nothing unsafe is linked, the widget stays usable', async function () {
      this.timeout(120_000);
      for (const [round, url] of UNSAFE_URL_PAYLOADS.entries()) {
        const assign = () => (field: Field) => (field.kind === 'url' ? url : undefined);
        const { container, el } = await mount(c, hostileAdapter(c, assign));
        await waitUntil(() => c.loaded(el) || el.shadowRoot?.querySelector('[role="alert"]'), `round ${round}: loaded or refused`, { timeout: 8000 });
        await settle();
        expect(unsafeMarkup(container), `${JSON.stringify(url)}: unsafe markup`).to.deep.equal([]);
        expect(layoutBreaks(container, el), `${JSON.stringify(url)}: layout`).to.deep.equal([]);
        container.remove();
      }
    });

    it('refuses a 100,000-character string: an error with Retry, not a page of text', async () => {
      const firstText = (method: number): Assign => {
        let done = method !== 0;
        return (field) => {
          if (done || field.kind !== 'text' || field.min < 1) return undefined;
          done = true;
          return TEXT_PAYLOADS.at(-1);
        };
      };
      const { container, el } = await mount(c, hostileAdapter(c, firstText));
      // Refused as a whole (an alert with Retry) or, where a widget keeps the valid part of an
      // answer (a feedback page), the bad item left out with a visible notice.
      const alert = () => el.shadowRoot?.querySelector('[role="alert"]');
      const notice = () => c.loaded(el) && el.shadowRoot?.querySelector('[part~="notice"]');
      await waitUntil(() => alert() || notice(), 'refused', { timeout: 8000 });
      await settle();
      if (alert()) expect(el.shadowRoot!.querySelector('[part~="retry"]'), 'Retry').to.exist;
      expect(Math.max(...shownStrings(el).map((s) => s.length)), 'longest text shown').to.be.below(6000);
      expect(unsafeMarkup(container)).to.deep.equal([]);
      expect(layoutBreaks(container, el)).to.deep.equal([]);
    });
  });
}
