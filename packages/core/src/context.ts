import { ContextRoot, createContext } from '@lit/context';
import type { QueryCache } from './cache/query-cache.js';
import type { PerformanceAdapter } from './ports.js';

/*
 * Keys come from Symbol.for so that two copies of core on one page (a bundle beside an npm
 * install, say) still hand values to each other's widgets.
 */
export const adapterContext = createContext<PerformanceAdapter | undefined>(Symbol.for('pm-widgets:adapter'));
/** BCP 47 tag, e.g. `en-GB`. */
export const localeContext = createContext<string | undefined>(Symbol.for('pm-widgets:locale'));
/** The id of the person looking at the widgets; decides e.g. whether the manager's reply box shows. */
export const viewerContext = createContext<string | undefined>(Symbol.for('pm-widgets:viewer'));
/**
 * The shared query cache of a `<pm-provider>`, for its adapter: widgets that read through it
 * agree with each other after any write made through it.
 */
export const cacheContext = createContext<QueryCache | undefined>(Symbol.for('pm-widgets:cache'));

const ROOT_FLAG = Symbol.for('pm-widgets:context-root');

/**
 * A provider that upgrades after its widgets never hears their requests. A ContextRoot on the
 * document remembers those requests and replays them when a provider announces itself.
 */
export function ensureContextRoot(doc: Document = document): void {
  const holder = doc as Document & { [ROOT_FLAG]?: true };
  if (holder[ROOT_FLAG]) return;
  holder[ROOT_FLAG] = true;
  new ContextRoot().attach(doc.documentElement);
}
