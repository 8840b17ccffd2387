import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp, type AppOptions, type PmApp } from './app.js';
import { migrate, openDb, type Db } from './db.js';

export { createApp, HttpProblem, type AppOptions, type PmApp } from './app.js';
export { createDevTokens, type Authenticate, type DevTokens } from './auth.js';
export { migrate, openDb, type Db, type DbOptions } from './db.js';
export { buildOpenApi, renderDocs, COMPONENT_SCHEMAS, jsonSchemaOf, OPERATION_PORT_METHODS, ALL_PORT_METHODS } from './openapi.js';

export interface ServerOptions extends Omit<AppOptions, 'db'> {
  /** 0 picks a free port. Default 0. */
  port?: number;
  host?: string;
  /** PostgreSQL connection string; when absent the embedded PGlite is used. */
  databaseUrl?: string;
  /** PGlite's data folder; `memory://` keeps nothing. */
  dataDir?: string;
}

export interface RunningServer extends PmApp {
  url: string;
  db: Db;
  close(): Promise<void>;
}

/** Opens the database, applies the migrations, seeds an empty database, and listens. */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const db = await openDb({ databaseUrl: options.databaseUrl, dataDir: options.dataDir });
  try {
    await migrate(db);
    const pm = await createApp({ ...options, db });
    const host = options.host ?? '127.0.0.1';
    const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const s = serve({ fetch: pm.app.fetch, port: options.port ?? 0, hostname: host }, () => resolve(s));
    });
    const { port } = server.address() as AddressInfo;
    return {
      ...pm,
      db,
      url: `http://${host}:${port}`,
      close: async () => {
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await db.close();
      },
    };
  } catch (error) {
    await db.close().catch(() => {});
    throw error;
  }
}
