export { QueryCache, cacheFor, cacheOf, cacheInSlot, queryKey, CACHED_READS, type CachedRead, type ReadParams, type ReadResult, type QueryListener } from './query-cache.js';
export { QuerySubscription, type QuerySubscriptionOptions } from './query-subscription.js';
