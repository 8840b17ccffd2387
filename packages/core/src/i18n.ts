/**
 * The locale layer: each package declares its messages per language once; a widget asks for the
 * catalogue of its resolved locale and falls back tag by tag (`de-CH` → `de` → `en`).
 *
 * English ships inside each widget. Every other language is a loader (`() => import('./locales/de.js')`)
 * fetched the first time a widget on the page resolves to it: `PmWidgetElement` waits for
 * `loadLocale()` before it renders, so a German page never flashes English and an English page never
 * downloads German. A host adds its own language, or overrides ours, with `addTranslations()`.
 */
export type Catalogue = Record<string, string | ((...args: never[]) => string)>;
/** A catalogue fetched on demand: a dynamic import of a module whose default export is the catalogue. */
export type CatalogueLoader<T extends Catalogue> = () => Promise<{ default: Partial<T> }>;
export type Catalogues<T extends Catalogue> = { en: T } & Record<string, Partial<T> | CatalogueLoader<T>>;

const namespaces = new Map<string, Catalogues<Catalogue>>();
const namespaceOf = new WeakMap<object, string>();
const loaded = new WeakMap<object, Map<string, Partial<Catalogue>>>();
const loading = new Map<string, Promise<void>>();
/** Host-supplied messages: locale tag → namespace → messages. */
const hostMessages = new Map<string, Map<string, Partial<Catalogue>>>();

/** Fires `change` when a catalogue arrives or a host adds translations, so widgets re-render. */
export const localeEvents = new EventTarget();

/**
 * Registers a package's catalogues under a namespace (`core`, `goal-tree`, `check-in`, `survey-360`,
 * `competency-radar`, `feedback-timeline`) so hosts can translate them by name. Returns them unchanged.
 */
export function defineCatalogues<T extends Catalogue>(namespace: string, catalogues: Catalogues<T>): Catalogues<T> {
  namespaces.set(namespace, catalogues as unknown as Catalogues<Catalogue>);
  namespaceOf.set(catalogues, namespace);
  return catalogues;
}

/** The English catalogue of every registered namespace (for tooling and tests). */
export function registeredCatalogues(): ReadonlyMap<string, Catalogues<Catalogue>> {
  return namespaces;
}

/** A BCP 47 tag and its fallbacks, most specific first: `de-CH` → `de-CH`, `de`. */
function tagChain(locale: string | undefined): string[] {
  if (!locale) return [];
  const parts = locale.split('-');
  const chain: string[] = [];
  for (let i = parts.length; i > 0; i--) chain.push(parts.slice(0, i).join('-'));
  return chain;
}

function entryFor<T extends Catalogue>(catalogues: Catalogues<T>, tag: string): Partial<T> | CatalogueLoader<T> | undefined {
  return catalogues[tag] ?? catalogues[tag.toLowerCase()];
}

/**
 * A host's own language, or corrections to ours, by namespace. Missing keys fall back to English (or
 * to the language's parent: `fr-CA` to `fr`). Messages with arguments are functions, as in English:
 *
 * ```js
 * addTranslations('fr', { core: { loading: 'Chargement…', retry: 'Réessayer' }, 'check-in': { title: 'Point hebdo' } });
 * ```
 */
export function addTranslations(locale: string, messages: Record<string, Partial<Catalogue>>): void {
  const tag = Intl.getCanonicalLocales(locale)[0] ?? locale;
  let byNamespace = hostMessages.get(tag);
  if (!byNamespace) hostMessages.set(tag, (byNamespace = new Map()));
  for (const [namespace, partial] of Object.entries(messages)) {
    byNamespace.set(namespace, { ...byNamespace.get(namespace), ...partial });
  }
  localeEvents.dispatchEvent(new Event('change'));
}

export function localize<T extends Catalogue>(catalogues: Catalogues<T>, locale: string | undefined): T {
  const namespace = namespaceOf.get(catalogues);
  const chain: Partial<T>[] = [];
  for (const tag of tagChain(locale)) {
    const host = namespace ? (hostMessages.get(tag)?.get(namespace) as Partial<T> | undefined) : undefined;
    if (host) chain.push(host);
    const found = tag === 'en' ? undefined : entryFor(catalogues, tag);
    if (typeof found === 'function') {
      const fetched = loaded.get(catalogues)?.get(tag) as Partial<T> | undefined;
      if (fetched) chain.push(fetched);
    } else if (found) {
      chain.push(found);
    }
  }
  return chain.length ? Object.assign({}, catalogues.en, ...chain.reverse()) : catalogues.en;
}

/**
 * Fetches every registered catalogue the locale needs and has not got yet. Returns undefined when
 * nothing is missing (so callers can stay synchronous), else a promise that settles when all have
 * arrived. A catalogue that fails to load is reported once and its English is used.
 */
export function loadLocale(locale: string | undefined): Promise<void> | undefined {
  const pending: Promise<void>[] = [];
  for (const tag of tagChain(locale)) {
    if (tag === 'en') continue;
    for (const [namespace, catalogues] of namespaces) {
      const entry = entryFor(catalogues, tag);
      if (typeof entry !== 'function') continue;
      if (loaded.get(catalogues)?.has(tag)) continue;
      const key = `${namespace}\u0000${tag}`;
      let promise = loading.get(key);
      if (!promise) {
        promise = entry().then(
          (module) => {
            let byTag = loaded.get(catalogues);
            if (!byTag) loaded.set(catalogues, (byTag = new Map()));
            byTag.set(tag, module.default);
          },
          (error: unknown) => {
            console.warn(`pm-widgets: the ${tag} messages of ${namespace} could not be loaded; using English.`, error);
            let byTag = loaded.get(catalogues);
            if (!byTag) loaded.set(catalogues, (byTag = new Map()));
            byTag.set(tag, {});
          },
        ).finally(() => {
          loading.delete(key);
          localeEvents.dispatchEvent(new Event('change'));
        });
        loading.set(key, promise);
      }
      pending.push(promise);
    }
  }
  return pending.length ? Promise.all(pending).then(() => undefined) : undefined;
}

/** The locale a widget uses: its own attribute, then the provider's, then the page's. */
export function resolveLocale(...candidates: (string | undefined | null)[]): string {
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      return Intl.getCanonicalLocales(candidate)[0] ?? 'en';
    } catch {
      // An invalid tag from markup falls through to the next candidate.
    }
  }
  return 'en';
}

/** Text direction for a locale, so RTL languages lay out correctly inside shadow roots. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  try {
    const info = new Intl.Locale(locale) as Intl.Locale & { getTextInfo?: () => { direction: string }; textInfo?: { direction: string } };
    const direction = info.getTextInfo?.().direction ?? info.textInfo?.direction;
    return direction === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}

/**
 * Picks the plural form for a count by the locale's CLDR rules (`zero`, `one`, `two`, `few`, `many`,
 * `other`; Arabic uses all six). Missing forms fall back to `other`.
 */
export function plural(
  locale: string,
  count: number,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): string {
  const form = new Intl.PluralRules(locale).select(count);
  return (forms[form] ?? forms.other).replace('#', new Intl.NumberFormat(locale).format(count));
}
