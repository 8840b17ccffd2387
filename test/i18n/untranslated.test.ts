import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { DEMO, createDemoData, createMemoryAdapter } from '@pm-widgets/core/memory';
import { addTranslations, loadLocale, localize, registeredCatalogues, type Catalogue } from '@pm-widgets/core';
import '@pm-widgets/core/pm-provider.js';
import '@pm-widgets/goal-tree/pm-goal-tree.js';
import '@pm-widgets/check-in/pm-check-in.js';
import '@pm-widgets/survey-360/pm-survey-360.js';
import '@pm-widgets/competency-radar/pm-competency-radar.js';
import '@pm-widgets/feedback-timeline/pm-feedback-timeline.js';
import type { PmProvider } from '@pm-widgets/core';

/*
 * Every widget rendered in German and in Arabic, over the demo organisation, must show no English
 * from any catalogue: not as text, not as an accessible name, title or placeholder. Messages with
 * arguments are checked by their fixed parts (the words around the arguments).
 */

const NOW = new Date('2026-11-18T10:00:00Z');
const SENTINEL = '\u0001';

/** Every string in the demo data (names, goal titles, questions): English by design, not UI text. */
const dataStrings = (() => {
  const strings = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') { if (value.length >= 3) strings.add(value); }
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(createDemoData({ now: NOW }));
  return [...strings].sort((a, b) => b.length - a.length);
})();
const withoutData = (text: string) => dataStrings.reduce((rest, data) => (rest.includes(data) ? rest.split(data).join(' ') : rest), text);

/** The catalogue namespaces each widget speaks from. */
const namespacesOf: Record<string, string[]> = {
  'pm-goal-tree': ['core', 'goal-tree'],
  'pm-check-in': ['core', 'check-in'],
  'pm-survey-360': ['core', 'survey-360'],
  'pm-competency-radar': ['core', 'competency-radar'],
  'pm-feedback-timeline': ['core', 'feedback-timeline'],
};

const widgets = {
  'pm-goal-tree': () => html`<pm-goal-tree root=${DEMO.orgRootGoalId} expand-depth="2"></pm-goal-tree>`,
  'pm-check-in': () => html`<pm-check-in person=${DEMO.viewerId}></pm-check-in>`,
  'pm-survey-360': () => html`<pm-survey-360 assignment=${DEMO.assignmentIds.peer}></pm-survey-360>`,
  'pm-competency-radar': () => html`<pm-competency-radar person=${DEMO.viewerId}></pm-competency-radar>`,
  'pm-feedback-timeline': () => html`<pm-feedback-timeline person=${DEMO.viewerId}></pm-feedback-timeline>`,
};

/** Everything a person reads or hears in a widget: text, accessible names, titles, placeholders. */
function readable(root: ParentNode, out: string[] = []): string[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = node.parentElement;
      if (parent && (parent.localName === 'style' || parent.localName === 'script')) continue;
      const text = node.textContent?.trim();
      if (text) out.push(text);
      continue;
    }
    const el = node as Element;
    for (const name of ['aria-label', 'title', 'placeholder', 'aria-description', 'aria-roledescription', 'aria-valuetext']) {
      const value = el.getAttribute(name);
      if (value) out.push(value);
    }
    if (el.shadowRoot) readable(el.shadowRoot, out);
  }
  return out;
}

/** Words that are the same in English and the locale (checked by a person, not skipped wholesale). */
const SAME_AS_ENGLISH = new Set<string>([
  'de:goal-tree.level_organization', 'de:check-in.title',
  'de:feedback-timeline.title', 'de:feedback-timeline.body', 'de:feedback-timeline.feedLabelAnonymous', 'de:feedback-timeline.kindOther',
]);

/** The fixed English fragments of every catalogue a locale translates differently (6+ letters). */
async function englishFragments(locale: string, only: string[]): Promise<Map<string, string>> {
  await loadLocale(locale);
  const fragments = new Map<string, string>();
  for (const [namespace, catalogues] of registeredCatalogues()) {
    if (!only.includes(namespace)) continue;
    const local = localize(catalogues, locale) as Catalogue;
    for (const [key, english] of Object.entries(catalogues.en as Catalogue)) {
      const args = Array.from({ length: 4 }, () => SENTINEL);
      const render = (value: Catalogue[string]) =>
        typeof value === 'function' ? (value as (...a: unknown[]) => string)(...args.map((a, i) => (i % 2 ? 7 : a))) : value;
      const en = render(english);
      if (en === render(local[key]!) && SAME_AS_ENGLISH.has(`${locale}:${namespace}.${key}`)) continue;
      for (const part of en.split(SENTINEL).flatMap((p) => p.split(/\d+/))) {
        const trimmed = part.trim().replace(/^[\s,.:;()“”"'·—–-]+|[\s,.:;()“”"'·—–-]+$/g, '');
        if ((trimmed.match(/[A-Za-z]/g) ?? []).length >= 6) fragments.set(trimmed, `${namespace}.${key}`);
      }
    }
  }
  return fragments;
}

async function mount(locale: string, widget: keyof typeof widgets): Promise<HTMLElement> {
  const adapter = createMemoryAdapter({ now: NOW });
  const provider = await fixture<PmProvider>(
    html`<pm-provider .adapter=${adapter} locale=${locale} viewer=${DEMO.viewerId}>${widgets[widget]()}</pm-provider>`,
  );
  const el = provider.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>(widget)!;
  await el.updateComplete;
  await waitUntil(() => !el.shadowRoot!.querySelector('[part~="loading"], .loading, [aria-busy="true"]'), `${widget} loads`, { timeout: 5000 });
  await new Promise((r) => setTimeout(r, 50));
  return el;
}

for (const locale of ['de', 'ar']) {
  describe(`every widget in ${locale}: no English left`, () => {
    for (const widget of Object.keys(widgets) as (keyof typeof widgets)[]) {
      it(`${widget} in ${locale}`, async () => {
        const fragments = await englishFragments(locale, namespacesOf[widget]!);
        const el = await mount(locale, widget);
        expect(el.getAttribute('dir')).to.equal(locale === 'ar' ? 'rtl' : 'ltr');
        const texts = readable(el.shadowRoot!);
        expect(texts.length, 'the widget shows something').to.be.greaterThan(3);
        const leftovers: string[] = [];
        for (const text of texts) {
          const rest = withoutData(text);
          for (const [fragment, key] of fragments) if (rest.includes(fragment)) leftovers.push(`${key}: “${fragment}” in “${text}”`);
        }
        expect(leftovers, 'English strings left').to.deep.equal([]);
      });
    }
  });
}

describe('a language the host supplies', () => {
  it('renders French from a small catalogue the page adds, English for the rest', async () => {
    addTranslations('fr', {
      'check-in': { title: 'Point hebdomadaire', moodLegend: 'Comment s’est passée votre semaine ?', goalsHeading: 'Objectifs' },
      core: { retry: 'Réessayer' },
    });
    const el = await mount('fr-CA', 'pm-check-in');
    const texts = readable(el.shadowRoot!);
    expect(texts).to.include('Point hebdomadaire');
    expect(texts).to.include('Comment s’est passée votre semaine ?');
    expect(texts).to.include('Objectifs');
    expect(texts, 'untranslated keys fall back to English').to.include('Wins');
    expect(el.getAttribute('dir')).to.equal('ltr');
    await expect(el).to.be.accessible();
  });

  it('re-renders a widget already on the page when the host adds translations later', async () => {
    const el = await mount('it', 'pm-check-in');
    expect(readable(el.shadowRoot!)).to.include('Wins');
    addTranslations('it', { 'check-in': { wins: 'Successi' } });
    await waitUntil(() => readable(el.shadowRoot!).includes('Successi'), 'Italian arrives');
  });

  it('falls back to the nearest lang when no locale is set', async () => {
    const adapter = createMemoryAdapter({ now: NOW });
    const wrapper = await fixture(html`<div lang="ar"><pm-provider .adapter=${adapter} viewer=${DEMO.viewerId}>
      <pm-check-in person=${DEMO.viewerId}></pm-check-in></pm-provider></div>`);
    const el = wrapper.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('pm-check-in')!;
    await el.updateComplete;
    await waitUntil(() => readable(el.shadowRoot!).includes('كيف كان أسبوعك؟'), 'Arabic from lang');
    expect(el.getAttribute('dir')).to.equal('rtl');
  });
});

describe('pseudo-locale: no string outside the catalogues', () => {
  // Every message wrapped in ⟦…⟧; anything in Latin letters outside the brackets that is not data
  // (names, titles, dates) was written into a template instead of a catalogue.
  const wrap = (value: Catalogue[string]) =>
    typeof value === 'function' ? (...args: unknown[]) => `⟦${(value as (...a: unknown[]) => string)(...args)}⟧` : `⟦${value}⟧`;
  before(() => {
    const pseudo: Record<string, Partial<Catalogue>> = {};
    for (const [namespace, catalogues] of registeredCatalogues()) {
      pseudo[namespace] = Object.fromEntries(Object.entries(catalogues.en as Catalogue).map(([k, v]) => [k, wrap(v)])) as Partial<Catalogue>;
    }
    addTranslations('en-XA', pseudo);
  });
  const months = new Set(Array.from({ length: 12 }, (_, m) => [
    new Date(Date.UTC(2026, m, 15)).toLocaleString('en-XA', { month: 'long' }),
    new Date(Date.UTC(2026, m, 15)).toLocaleString('en-XA', { month: 'short' }),
  ]).flat());
  // Words Intl itself writes (relative times, day names) in the pseudo-locale's English.
  const relative = new Intl.RelativeTimeFormat('en-XA', { numeric: 'auto' });
  const intlWords = new Set(
    (['second', 'minute', 'hour', 'day', 'week', 'month', 'quarter', 'year'] as const)
      .flatMap((unit) => [-2, -1, 0, 1, 2].map((n) => relative.format(n, unit)))
      .concat(Array.from({ length: 7 }, (_, d) => new Date(Date.UTC(2026, 10, 16 + d)).toLocaleString('en-XA', { weekday: 'long' })))
      .flatMap((phrase) => phrase.toLowerCase().match(/[a-z]+/g) ?? []),
  );
  for (const widget of Object.keys(widgets) as (keyof typeof widgets)[]) {
    it(`${widget} shows only catalogue text and data`, async () => {
      const el = await mount('en-XA', widget);
      const stray: string[] = [];
      for (const text of readable(el.shadowRoot!)) {
        let outside = withoutData(text);
        for (let before = ''; before !== outside; ) [before, outside] = [outside, outside.replace(/⟦[^⟦⟧]*⟧/g, ' ')];
        const words = (outside.match(/[A-Za-z]{4,}/g) ?? []).filter((w) => !months.has(w) && !intlWords.has(w.toLowerCase()));
        if (words.length) stray.push(`“${text}”: ${words.join(', ')}`);
      }
      expect(stray, 'text outside the catalogues').to.deep.equal([]);
    });
  }
});
