/**
 * The locale layer: each package declares its messages per language once; a widget asks for the
 * catalogue of its resolved locale and falls back tag by tag (`de-CH` → `de` → `en`).
 */
export type Catalogue = Record<string, string | ((...args: never[]) => string)>;
export type Catalogues<T extends Catalogue> = { en: T } & Record<string, Partial<T>>;

export function localize<T extends Catalogue>(catalogues: Catalogues<T>, locale: string | undefined): T {
  const chain: Partial<T>[] = [];
  if (locale) {
    const parts = locale.split('-');
    for (let i = parts.length; i > 0; i--) {
      const tag = parts.slice(0, i).join('-');
      const found = catalogues[tag] ?? catalogues[tag.toLowerCase()];
      if (found) chain.push(found);
    }
  }
  return chain.length ? Object.assign({}, catalogues.en, ...chain.reverse()) : catalogues.en;
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
