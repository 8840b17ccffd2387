import { ContextConsumer, ContextProvider } from '@lit/context';
import { css, ReactiveElement } from '@lit/reactive-element';
import { property } from 'lit/decorators.js';
import type { QueryCache } from './cache/query-cache.js';
import { adapterContext, cacheContext, ensureContextRoot, localeContext, viewerContext, type SharedCacheSlot } from './context.js';
import { PORT_METHODS, type PerformanceAdapter } from './ports.js';
import type { RestAdapterOptions } from './adapters/rest.js';
import { withOutboxScope } from './adapters/rest-scope.js';

/**
 * The REST adapter for `api`, fetched on the first call: pages whose provider gets a JS adapter
 * never download the REST client. Every port method is there at once (the REST client has them
 * all), so widgets and `withValidation` see the same adapter before and after it loads.
 */
function lazyRestAdapter(options: RestAdapterOptions): PerformanceAdapter {
  let loaded: Promise<PerformanceAdapter> | undefined;
  const adapter: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const method of Object.values(PORT_METHODS).flat()) {
    adapter[method] = async (...args) => {
      // A failed download (offline) is tried again on the next call, as a failed request is.
      loaded ??= import('./adapters/rest.js').then((rest) => rest.createRestAdapter(options), (error: unknown) => {
        loaded = undefined;
        throw error;
      });
      return ((await loaded)[method] as (...a: unknown[]) => Promise<unknown>)(...args);
    };
  }
  // The same backend name the REST client carries, so writes waiting in the outbox are kept in
  // IndexedDB and sent by the next page on this backend (before the client is ever downloaded).
  return withOutboxScope(adapter, options.baseUrl) as PerformanceAdapter;
}

/**
 * Hands an adapter, a locale and the viewer to every pm widget inside it, across shadow roots.
 * Providers nest: the nearest one wins for what it sets and passes on what it does not.
 * With `api="https://…"` (and no `.adapter`) it builds the REST adapter itself (loaded on the first
 * call, so pages with a JS adapter never download it), so a page needs markup only; `credentials` and `.getHeaders` connect it to the portal's own sign-in.
 * Each provider that sets an adapter holds one shared query cache for it, so every widget inside
 * shows the same data after a write (a goal saved in the tree, a check-in submitted).
 *
 * @summary Connects the widgets inside it to a backend.
 * @slot - The widgets (and any other markup).
 */
export class PmProvider extends ReactiveElement {
  // Not a PmElement, not even a LitElement: its shadow root is one slot and it leaves the markup it
  // slots to the page, so it needs no templates (lit-html), tokens or visual pieces.
  static override styles = css`
    :host {
      display: contents;
    }
    :host([theme]) {
      /* A widget whose theme differs from the page's must carry its own surface to stay readable. */
      --pm-widget-background: var(--pm-color-surface, light-dark(#ffffff, #161a21));
    }
    :host([theme='light']) {
      color-scheme: light;
    }
    :host([theme='dark']) {
      color-scheme: dark;
    }
    :host([theme='auto']) {
      color-scheme: light dark;
    }
    :host([density='compact']) {
      --pm-density: 0.7;
    }
    :host([density='comfortable']) {
      --pm-density: 1;
    }
  `;

  override connectedCallback(): void {
    ensureContextRoot(this.ownerDocument);
    super.connectedCallback();
  }

  readonly #outerAdapter = new ContextConsumer(this, { context: adapterContext, subscribe: true });
  readonly #outerLocale = new ContextConsumer(this, { context: localeContext, subscribe: true });
  readonly #outerViewer = new ContextConsumer(this, { context: viewerContext, subscribe: true });
  readonly #adapterProvider = new ContextProvider(this, { context: adapterContext });
  readonly #localeProvider = new ContextProvider(this, { context: localeContext });
  readonly #viewerProvider = new ContextProvider(this, { context: viewerContext });
  readonly #outerCache = new ContextConsumer(this, { context: cacheContext, subscribe: true });
  readonly #cacheProvider = new ContextProvider(this, { context: cacheContext });
  #ownSlot?: SharedCacheSlot;

  /** The adapter every widget inside uses, unless a widget has its own. */
  @property({ attribute: false }) adapter?: PerformanceAdapter;

  /** Base URL of a backend that speaks the pm-widgets REST contract; used when `.adapter` is not set. */
  @property() api?: string;

  /** `fetch` credentials for `api`: `include` sends the portal's cookies cross-origin. Default `same-origin`. */
  @property() credentials?: RequestCredentials;

  /** Headers for every `api` call, asked for before each one (e.g. a fresh bearer token). */
  @property({ attribute: false }) getHeaders?: () => Record<string, string> | Promise<Record<string, string>>;

  #rest?: { key: unknown[]; adapter: PerformanceAdapter };

  /** The REST adapter for `api`, rebuilt only when `api`, `credentials` or `getHeaders` change. */
  #restAdapter(): PerformanceAdapter | undefined {
    if (!this.api) return undefined;
    const key = [this.api, this.credentials, this.getHeaders];
    if (!this.#rest || this.#rest.key.some((v, i) => v !== key[i])) {
      const getHeaders = this.getHeaders;
      this.#rest = {
        key,
        adapter: lazyRestAdapter({
          baseUrl: this.api,
          ...(this.credentials ? { credentials: this.credentials } : {}),
          ...(getHeaders ? { getHeaders } : {}),
        }),
      };
    }
    return this.#rest.adapter;
  }

  /** BCP 47 locale for the widgets inside, e.g. `de-CH`. */
  @property() locale?: string;

  /** The id of the person using the page. */
  @property() viewer?: string;

  /**
   * Light or dark for the widgets inside: `light`, `dark`, or `auto` (the reader's
   * `prefers-color-scheme`). Unset, they follow the page's `color-scheme`.
   */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  /** Spacing for the widgets inside: `comfortable` (the default) or `compact`, for dense portals. */
  @property({ reflect: true }) density?: 'comfortable' | 'compact';

  override willUpdate(): void {
    // Runs on every update, including when an outer provider's value changes.
    this.#adapterProvider.setValue(this.adapter ?? this.#restAdapter() ?? this.#outerAdapter.value);
    this.#localeProvider.setValue(this.locale ?? this.#outerLocale.value);
    this.#viewerProvider.setValue(this.viewer ?? this.#outerViewer.value);
    this.#cacheProvider.setValue(this.cacheSlot);
  }

  /**
   * The query cache the widgets inside share (once one of them has read through it): this
   * provider's own for its adapter, or the outer provider's when this one sets no adapter.
   */
  get cache(): QueryCache | undefined {
    return this.cacheSlot?.cache;
  }

  /**
   * Where the widgets inside keep their shared cache (filled by the first that reads). Page
   * scripts reach the same cache with `cacheOf(provider)` from core.
   */
  get cacheSlot(): SharedCacheSlot | undefined {
    const own = this.adapter ?? this.#restAdapter();
    if (!own) return this.#outerCache.value;
    if (this.#ownSlot?.adapter !== own) this.#ownSlot = { adapter: own };
    return this.#ownSlot;
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    if (!root.querySelector('slot')) root.append(this.ownerDocument.createElement('slot'));
    return root;
  }
}
