// The adapters' shared state in PostgreSQL, so any instance answers any
// button, a delivery retried to another instance is answered once, and a
// user's rate limit counts every instance. Each operation is one statement
// (one round trip); old rows are swept now and then by the instance that
// happens to write.

import type { Pool } from 'pg';
import type { RateDecision, SharedRecords } from './store.js';

/** How long a button's question is kept after its last use. */
export const QUERY_RETENTION_MS = 7 * 86_400_000;
/** Sweep old rows once every this many writes. */
const SWEEP_EVERY = 500;

export class PostgresShared implements SharedRecords {
  private writes = 0;

  constructor(private readonly pool: Pool) {}

  async saveQuery(key: string, query: string, now: number): Promise<void> {
    await this.pool.query('INSERT INTO queries (key, query, used_at) VALUES ($1, $2, $3) ON CONFLICT (key) DO UPDATE SET used_at = excluded.used_at', [
      key,
      query,
      now,
    ]);
    this.sweepNowAndThen(now);
  }

  async query(key: string): Promise<string | undefined> {
    const { rows } = await this.pool.query<{ query: string }>('SELECT query FROM queries WHERE key = $1', [key]);
    return rows[0]?.query;
  }

  async firstDelivery(keys: readonly string[], now: number, ttlMs: number): Promise<boolean> {
    if (keys.length === 0) return true;
    // Sorted, so two instances inserting overlapping keys lock them in the same order.
    const sorted = [...new Set(keys)].sort();
    const { rows } = await this.pool.query<{ fresh: string }>(
      `WITH claimed AS (
         INSERT INTO deliveries (key, expires_at) SELECT k, $2::bigint + $3::bigint FROM unnest($1::text[]) AS k
         ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at WHERE deliveries.expires_at <= $2
         RETURNING key)
       SELECT count(*) AS fresh FROM claimed`,
      [sorted, now, ttlMs],
    );
    this.sweepNowAndThen(now);
    return Number(rows[0]?.fresh ?? 0) === sorted.length;
  }

  /**
   * A window starts at a user's first question and lasts `windowMs`; the row
   * lock of the upsert makes concurrent questions count one after another.
   * The question that first goes over the limit is told, later ones are not.
   */
  async countQuestion(user: string, now: number, windowMs: number, limit: number): Promise<RateDecision> {
    const { rows } = await this.pool.query<{ count: number }>(
      `INSERT INTO rate_windows (user_key, started_at, count) VALUES ($1, $2, 1)
       ON CONFLICT (user_key) DO UPDATE SET
         started_at = CASE WHEN rate_windows.started_at <= $2 - $3 THEN $2 ELSE rate_windows.started_at END,
         count = CASE WHEN rate_windows.started_at <= $2 - $3 THEN 1 ELSE rate_windows.count + 1 END
       RETURNING count`,
      [user, now, windowMs],
    );
    const count = Number(rows[0]?.count ?? 1);
    if (count <= limit) return 'allow';
    return count === limit + 1 ? 'refuse-and-tell' : 'refuse-quietly';
  }

  private sweepNowAndThen(now: number): void {
    this.writes += 1;
    if (this.writes % SWEEP_EVERY !== 0) return;
    const sweep = async (): Promise<void> => {
      await this.pool.query('DELETE FROM queries WHERE used_at < $1', [now - QUERY_RETENTION_MS]);
      await this.pool.query('DELETE FROM deliveries WHERE expires_at < $1', [now]);
      await this.pool.query('DELETE FROM rate_windows WHERE started_at < $1', [now - 86_400_000]);
    };
    // A failed sweep costs nothing but space; the next one tries again.
    sweep().catch(() => undefined);
  }
}
