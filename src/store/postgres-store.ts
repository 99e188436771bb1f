// The shared store for several instances: one PostgreSQL database, a pool of
// connections, migrations applied at start under an advisory lock so that
// instances starting together migrate once.

import pg from 'pg';
import { PostgresInstallations } from './installations.js';
import { pending } from './migrations.js';
import { DIGEST_TABLES } from './ledger-tables.js';
import { PostgresHighlights } from './postgres-highlights.js';
import { PostgresInsights } from './postgres-insights.js';
import { PostgresShared } from './postgres-shared.js';
import type { Store } from './store.js';

/**
 * Connections per instance: as many as the questions a busy instance works on
 * at once (20 at a time in the benchmark), so a question's round trips never
 * queue for a connection. The shared records need far fewer: each kind of
 * call has one statement in flight at a time (postgres-shared.ts).
 */
export const POOL_SIZE = 20;

/** Any number fits: only instances of this bot take this lock. */
const MIGRATION_LOCK = 4_205_733_001;

export interface PostgresOptions {
  /** postgres://user:password@host:port/database */
  url: string;
  /** Connections per instance (POOL_SIZE by default). */
  poolSize?: number;
}

/** The URL without its password, for logs and error messages. */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password !== '') u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://(unreadable URL)';
  }
}

// BIGINT columns hold epoch milliseconds, well inside a double's exact range.
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8 ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
};

export class PostgresStore implements Store {
  readonly kind = 'postgres';
  readonly highlights: PostgresHighlights;
  readonly shared: PostgresShared;
  readonly installations: PostgresInstallations;
  readonly insights: PostgresInsights;
  readonly digests: PostgresHighlights;
  readonly description: string;

  private constructor(
    private readonly pool: pg.Pool,
    url: string,
  ) {
    this.description = describeUrl(url);
    this.highlights = new PostgresHighlights(pool);
    this.shared = new PostgresShared(pool);
    this.installations = new PostgresInstallations(pool);
    this.insights = new PostgresInsights(pool);
    this.digests = new PostgresHighlights(pool, DIGEST_TABLES);
  }

  /** Connects, migrates, and returns the store; closes the pool if any of it fails. */
  static async open(options: PostgresOptions): Promise<PostgresStore> {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? POOL_SIZE, types });
    // An idle connection dropped by the server must not crash the process; the pool replaces it.
    pool.on('error', () => undefined);
    const store = new PostgresStore(pool, options.url);
    try {
      await migrate(pool, store.description);
      return store;
    } catch (error) {
      await pool.end();
      throw error;
    }
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  async schemaVersion(): Promise<number> {
    return currentVersion(this.pool);
  }

  async close(): Promise<void> {
    if (this.pool.ended) return;
    // Calls still gathering for a statement are sent, not lost with the pool.
    await this.shared.drain();
    await this.pool.end();
  }
}

async function currentVersion(db: pg.Pool | pg.PoolClient): Promise<number> {
  await db.query('CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
  const { rows } = await db.query<{ value: string }>("SELECT value FROM meta WHERE key = 'schema_version'");
  return rows[0] === undefined ? 0 : Number(rows[0].value);
}

async function migrate(pool: pg.Pool, where: string): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    for (const migration of pending(await currentVersion(client), where)) {
      await client.query('BEGIN');
      try {
        await client.query(migration.postgres);
        await client.query("INSERT INTO meta (key, value) VALUES ('schema_version', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [
          String(migration.version),
        ]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}
