import { ContextConsumer, ContextProvider } from '@lit/context';
import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { QueryCache } from './cache/query-cache.js';
import { adapterContext, cacheContext, localeContext, viewerContext } from './context.js';
import { PmElement } from './elements/pm-element.js';
import type { PerformanceAdapter } from './ports.js';

/**
 * Hands an adapter, a locale and the viewer to every pm widget inside it, across shadow roots.
 * Providers nest: the nearest one wins for what it sets and passes on what it does not.
 * Each provider that sets an adapter holds one shared query cache for it, so every widget inside
 * shows the same data after a write (a goal saved in the tree, a check-in submitted).
 *
 * @summary Connects the widgets inside it to a backend.
 * @slot - The widgets (and any other markup).
 */
export class PmProvider extends PmElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  private readonly outerAdapter = new ContextConsumer(this, { context: adapterContext, subscribe: true });
  private readonly outerLocale = new ContextConsumer(this, { context: localeContext, subscribe: true });
  private readonly outerViewer = new ContextConsumer(this, { context: viewerContext, subscribe: true });
  private readonly adapterProvider = new ContextProvider(this, { context: adapterContext });
  private readonly localeProvider = new ContextProvider(this, { context: localeContext });
  private readonly viewerProvider = new ContextProvider(this, { context: viewerContext });
  private readonly outerCache = new ContextConsumer(this, { context: cacheContext, subscribe: true });
  private readonly cacheProvider = new ContextProvider(this, { context: cacheContext });
  private ownCache?: QueryCache;

  /** The adapter every widget inside uses, unless a widget has its own. */
  @property({ attribute: false }) adapter?: PerformanceAdapter;

  /** BCP 47 locale for the widgets inside, e.g. `de-CH`. */
  @property() locale?: string;

  /** The id of the person using the page. */
  @property() viewer?: string;

  override willUpdate(): void {
    // Runs on every update, including when an outer provider's value changes.
    this.adapterProvider.setValue(this.adapter ?? this.outerAdapter.value);
    this.localeProvider.setValue(this.locale ?? this.outerLocale.value);
    this.viewerProvider.setValue(this.viewer ?? this.outerViewer.value);
    this.cacheProvider.setValue(this.cache);
  }

  /** The shared cache of the widgets inside: this provider's own for its adapter, or the outer provider's. */
  get cache(): QueryCache | undefined {
    if (!this.adapter) return this.outerCache.value;
    if (this.ownCache?.adapter !== this.adapter) this.ownCache = new QueryCache(this.adapter);
    return this.ownCache;
  }

  override render() {
    return html`<slot></slot>`;
  }
}
