import type { CSSResult, ReactiveElement } from 'lit';
import { AdapterError } from '../errors.js';
import { developerMessage } from './task-states.js';

/**
 * A part of a widget that its first render does not need (a submitted check-in's view, a survey's
 * review, the timeline's ask form): its own chunk, fetched by `load()` once per page. A failed fetch
 * (offline, a deploy that removed the chunk) rejects with a retryable `network` AdapterError, which
 * a widget shows with `renderError` and a Retry that calls `load()` again.
 */
export class LazyPart<M> {
  /** The module, once loaded. */
  module?: M;
  #loading?: Promise<M>;

  constructor(
    /** Fetches the chunk (`() => import('./x.js')`); tests may swap it to see a failed fetch. */
    public importer: () => Promise<M>,
    /** What the part is, for the developer's message ("The check-in summary"). */
    private readonly what: string,
  ) {}

  load(): Promise<M> {
    this.#loading ??= this.importer().then(
      (module) => (this.module = module),
      (cause: unknown) => {
        this.#loading = undefined;
        throw new AdapterError('network', `${this.what} could not be loaded: ${developerMessage(cause)}`, { retryable: true, cause });
      },
    );
    return this.#loading;
  }

  /**
   * Loads the module for an update that waits for it (in `scheduleUpdate`): settles either way,
   * handing a failure to `onError`, so the update goes on and shows it with Retry.
   */
  settle(onError: (error: unknown) => void): Promise<void> {
    return this.load().then(
      () => undefined,
      (error: unknown) => onError(error),
    );
  }

  /** Forgets the module, so the next `load()` fetches again (for tests of a first load). */
  reset(): void {
    this.module = undefined;
    this.#loading = undefined;
  }
}

/**
 * Adds a lazy part's styles to an element's shadow root, after the element's own (once per root).
 * Adopted style sheets, so a strict `style-src` CSP is no obstacle.
 */
export function addPartStyles(element: ReactiveElement, styles: CSSResult): void {
  const root = element.renderRoot;
  if (!(root instanceof ShadowRoot) || added.get(root)?.has(styles)) return;
  added.set(root, (added.get(root) ?? new Set()).add(styles));
  const sheet = styles.styleSheet;
  if (sheet) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  // Without constructable style sheets, as Lit does: a style element (with Lit's nonce, if set).
  const style = document.createElement('style');
  const nonce = (globalThis as { litNonce?: string }).litNonce;
  if (nonce) style.setAttribute('nonce', nonce);
  style.textContent = styles.cssText;
  root.append(style);
}

const added = new WeakMap<ShadowRoot, Set<CSSResult>>();
