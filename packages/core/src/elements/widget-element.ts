import { consume } from '@lit/context';
import { property, state } from 'lit/decorators.js';
import { type QueryCache, cacheFor, cacheInSlot } from '../cache/query-cache.js';
import { adapterContext, cacheContext, localeContext, viewerContext, type SharedCacheSlot } from '../context.js';
import { directionOf, loadLocale, localeEvents, localize, resolveLocale } from '../i18n.js';
import { coreMessages, type CoreMessages } from '../messages.js';
import type { PerformanceAdapter } from '../ports.js';
import type { ValidatedAdapter } from '../validating-adapter.js';
import { PmElement } from './pm-element.js';

/**
 * The base of the five widgets: finds its adapter (own property first, then the nearest
 * provider), always wrapped in validation, and resolves locale and viewer the same way.
 */
export class PmWidgetElement extends PmElement {
  @consume({ context: adapterContext, subscribe: true })
  @state()
  protected contextAdapter?: PerformanceAdapter;

  @consume({ context: cacheContext, subscribe: true })
  @state()
  protected contextCache?: SharedCacheSlot;

  @consume({ context: localeContext, subscribe: true })
  @state()
  protected contextLocale?: string;

  @consume({ context: viewerContext, subscribe: true })
  @state()
  protected contextViewer?: string;

  /** The data source. Overrides the one a surrounding `<pm-provider>` hands down. */
  @property({ attribute: false }) adapter?: PerformanceAdapter;

  /** BCP 47 locale for text, numbers and dates. Defaults to the provider's, then the page's `lang`. */
  @property({ reflect: true }) locale?: string;

  override connectedCallback(): void {
    // Forget what the last provider gave: the consumers ask again on connect, so a widget moved
    // to another provider (or out of every provider) does not keep talking to the old backend.
    this.contextAdapter = undefined;
    this.contextCache = undefined;
    this.contextLocale = undefined;
    this.contextViewer = undefined;
    super.connectedCallback();
    localeEvents.addEventListener('change', this.#onLocaleChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    localeEvents.removeEventListener('change', this.#onLocaleChange);
  }

  readonly #onLocaleChange = (): void => this.requestUpdate();

  /** Waits for this locale's catalogues (fetched on demand) before rendering, so no English flashes. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const pending = loadLocale(this.resolvedLocale);
    return pending ? pending.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /**
   * The shared query cache for this widget's adapter: the provider's when the adapter is the
   * provider's, else one per adapter object (so widgets given the same `.adapter` agree too).
   */
  protected get cache(): QueryCache | undefined {
    const adapter = this.adapter ?? this.contextAdapter;
    if (!adapter) return undefined;
    const slot = this.contextCache;
    if (slot && slot.adapter === adapter) return cacheInSlot(slot);
    return cacheFor(adapter);
  }

  /**
   * The adapter this widget talks to, validated and read through the shared cache (reads deduped
   * and kept up to date, writes updating every widget that shows what they change); undefined until
   * one is configured. Subscribe to the read a widget shows with a `QuerySubscription`.
   */
  protected get api(): ValidatedAdapter | undefined {
    return this.cache?.api;
  }

  /** The id of the person viewing, from the provider's `viewer`. */
  protected get viewerId(): string | undefined {
    return this.contextViewer;
  }

  protected get resolvedLocale(): string {
    return resolveLocale(
      this.locale,
      this.contextLocale,
      this.closest('[lang]')?.getAttribute('lang'),
      this.ownerDocument.documentElement.lang,
      globalThis.navigator?.language,
    );
  }

  protected get coreText(): CoreMessages {
    return localize(coreMessages, this.resolvedLocale);
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || changed.has('locale') || changed.has('contextLocale')) {
      // `dir` on the host flips logical CSS properties inside the shadow root as well.
      if (!this.hasAttribute('dir') || this.dataset['pmDir'] === 'auto') {
        this.setAttribute('dir', directionOf(this.resolvedLocale));
        this.dataset['pmDir'] = 'auto';
      }
    }
  }
}
