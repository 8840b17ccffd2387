import { startServer } from './index.js';

/** `pm-widgets-server`: configuration from the environment (see the README). */
const env = process.env;
const server = await startServer({
  port: Number(env.PORT ?? 8787),
  host: env.HOST ?? '127.0.0.1',
  databaseUrl: env.DATABASE_URL || undefined,
  dataDir: env.PM_DATA_DIR ?? '.pm-data',
  devSecret: env.PM_AUTH_SECRET,
  rateLimitPerMinute: env.PM_RATE_LIMIT ? Number(env.PM_RATE_LIMIT) : undefined,
});
console.log(`pm-widgets server on ${server.url} (${server.db.kind}${server.db.kind === 'pglite' ? `, data in ${env.PM_DATA_DIR ?? '.pm-data'}` : ''}); docs at ${server.url}/docs`);
if (server.devTokens) console.log(`dev mode: tokens per person at ${server.url}/auth/dev-tokens`);
const stop = async () => { await server.close(); process.exit(0); };
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
