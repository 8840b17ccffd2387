import { readdir, readFile } from 'node:fs/promises';

/** The little the server needs from a database: parameterised queries and transactions. */
export interface Db {
  readonly kind: 'pglite' | 'postgres';
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs `fn` in one transaction: all of its queries commit together or not at all. */
  transaction<T>(fn: (tx: Pick<Db, 'query'>) => Promise<T>): Promise<T>;
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

export interface DbOptions {
  /** PostgreSQL connection string; when set, PGlite is not used. */
  databaseUrl?: string;
  /** PGlite's data folder; `memory://` (or undefined) keeps it in memory. */
  dataDir?: string;
}

export async function openDb(options: DbOptions): Promise<Db> {
  if (options.databaseUrl) {
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    await pool.query('select 1');
    return {
      kind: 'postgres',
      query: async (sql, params) => (await pool.query(sql, params as unknown[])).rows,
      exec: async (sql) => { await pool.query(sql); },
      transaction: async (fn) => {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          const result = await fn({ query: async (sql, params) => (await client.query(sql, params as unknown[])).rows as never });
          await client.query('COMMIT');
          return result;
        } catch (error) {
          await client.query('ROLLBACK').catch(() => {});
          throw error;
        } finally {
          client.release();
        }
      },
      close: () => pool.end(),
    };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  // Durability: PGlite's Node file system writes through to the data folder as PostgreSQL writes, so
  // a committed transaction's WAL is in the operating system's hands before the commit returns and
  // survives the process being killed (packages/server/test/faults/kill.test.mjs). relaxedDurability
  // must stay off (it lets queries return before the file system sync on the browser file systems);
  // PGlite runs PostgreSQL with fsync off, so a power cut or an OS crash can lose the last commits:
  // use PostgreSQL (DATABASE_URL) where that matters.
  const dataDir = options.dataDir && options.dataDir !== 'memory://' ? options.dataDir : undefined;
  const lite = await PGlite.create({ ...(dataDir ? { dataDir } : {}), relaxedDurability: false });
  return {
    kind: 'pglite',
    query: async (sql, params) => (await lite.query(sql, params)).rows as never,
    exec: async (sql) => { await lite.exec(sql); },
    transaction: (fn) => lite.transaction((tx) => fn({ query: async (sql, params) => (await tx.query(sql, params)).rows as never })),
    close: () => lite.close(),
  };
}

const MIGRATIONS = new URL('../migrations/', import.meta.url);

/** Applies every `migrations/NNN_*.sql` not applied yet, in name order; returns the names applied. */
export async function migrate(db: Db): Promise<string[]> {
  await db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
  const files = (await readdir(MIGRATIONS)).filter((f) => /^\d+_.+\.sql$/.test(f)).sort();
  const applied: string[] = [];
  for (const name of files) {
    const sql = await readFile(new URL(name, MIGRATIONS), 'utf8');
    const done = await db.transaction(async (tx) => {
      // One migrator at a time when several servers share a PostgreSQL database.
      if (db.kind === 'postgres') await tx.query('SELECT pg_advisory_xact_lock(774411)');
      const rows = await tx.query('SELECT 1 FROM schema_migrations WHERE name = $1', [name]);
      if (rows.length) return false;
      for (const statement of sql.split(/;\s*$/m).map((s) => s.trim()).filter((s) => s && !/^(--[^\n]*\n?)*$/.test(s))) {
        await tx.query(statement);
      }
      await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [name]);
      return true;
    });
    if (done) applied.push(name);
  }
  return applied;
}
