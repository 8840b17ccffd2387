import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CachedRead, QueryCache, ReadParams, ReadResult } from './query-cache.js';
import { queryKey } from './query-cache.js';

export interface QuerySubscriptionOptions<M extends CachedRead> {
  /** The cache to listen to; read on every update, so a provider or adapter swap moves the subscription. */
  cache: () => QueryCache | undefined;
  /** The read this widget shows, or undefined while it shows none. */
  query: () => ReadParams<M> | undefined;
  /** A newer value of that read: another widget's write, or a fresh copy after one. */
  onChange: (value: ReadResult<M>) => void;
}

/**
 * Keeps a widget subscribed to the one cached read it shows, following its cache and query as
 * they change and letting go when it leaves the page. While subscribed, the widget's reads of that
 * query are answered from the cache, and writes made anywhere through the same cache reach it.
 */
export class QuerySubscription<M extends CachedRead> implements ReactiveController {
  #current?: { cache: QueryCache; key: string; unsubscribe: () => void };
  #connected = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly method: M,
    private readonly options: QuerySubscriptionOptions<M>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    this.#sync();
  }

  hostUpdate(): void {
    this.#sync();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#current?.unsubscribe();
    this.#current = undefined;
  }

  #sync(): void {
    if (!this.#connected) return;
    const cache = this.options.cache();
    const params = cache ? this.options.query() : undefined;
    const key = params === undefined ? undefined : queryKey(this.method, params);
    if (this.#current && this.#current.cache === cache && this.#current.key === key) return;
    this.#current?.unsubscribe();
    this.#current = undefined;
    if (!cache || params === undefined || key === undefined) return;
    const unsubscribe = cache.subscribe(this.method, params, (value) => this.options.onChange(value));
    this.#current = { cache, key, unsubscribe };
  }
}
