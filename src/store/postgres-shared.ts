// The adapters' shared state in PostgreSQL, so any instance answers any
// button, a delivery retried to another instance is answered once, and a
// user's rate limit counts every instance. Calls of one kind are gathered into
// one statement (micro-batcher.ts): each statement costs the driver's CPU and
// a round trip whatever it carries, and under load many calls of a kind come
// while one is in flight. Old rows are swept now and then by the instance that
// happens to write.

import type { Pool } from 'pg';
import { MicroBatcher } from './micro-batcher.js';
import { claimDeliveries, type DeliveryCall } from './postgres-deliveries.js';
import { countQuestions, type RateCall } from './postgres-rate-counts.js';
import type { RateDecision, SharedRecords } from './store.js';

/** How long a button's question is kept after its last use. */
export const QUERY_RETENTION_MS = 7 * 86_400_000;
/** Sweep old rows once every this many writes. */
const SWEEP_EVERY = 500;
/** Calls in one statement at most: bounds its parameters, its locks and how long it holds them. */
export const MAX_BATCH = 500;
/**
 * Rate counts are kept in the background (adapters/rate-limit.ts: no answer
 * waits for one), so they wait this long for company: a few questions' worth
 * under load, nothing beside a minute's window.
 */
export const COUNT_LINGER_MS = 20;

interface SavedQuery {
  key: string;
  query: string;
  now: number;
}

// One row per key (an upsert may not touch a row twice): the last call's, as if
// the calls had come one after the other. Sorted, so instances lock keys in one order.
const SAVE_QUERIES = `INSERT INTO queries (key, query, used_at) SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[]) AS q(key, query, used_at) ORDER BY key
  ON CONFLICT (key) DO UPDATE SET used_at = excluded.used_at`;

export class PostgresShared implements SharedRecords {
  private writes = 0;
  private readonly saves: MicroBatcher<SavedQuery, undefined>;
  private readonly deliveries: MicroBatcher<DeliveryCall, boolean>;
  private readonly counts: MicroBatcher<RateCall, RateDecision>;

  constructor(
    private readonly pool: Pool,
    options: { countLingerMs?: number } = {},
  ) {
    this.saves = new MicroBatcher((calls) => this.saveQueries(calls), { maxBatch: MAX_BATCH });
    this.deliveries = new MicroBatcher((calls) => claimDeliveries(pool, calls), { maxBatch: MAX_BATCH });
    this.counts = new MicroBatcher((calls) => countQuestions(pool, calls), { maxBatch: MAX_BATCH, lingerMs: options.countLingerMs ?? COUNT_LINGER_MS });
  }

  async saveQuery(key: string, query: string, now: number): Promise<void> {
    await this.saves.submit({ key, query, now });
    this.sweepNowAndThen(now, 1);
  }

  async query(key: string): Promise<string | undefined> {
    const { rows } = await this.pool.query<{ query: string }>('SELECT query FROM queries WHERE key = $1', [key]);
    return rows[0]?.query;
  }

  async firstDelivery(keys: readonly string[], now: number, ttlMs: number): Promise<boolean> {
    if (keys.length === 0) return true;
    const fresh = await this.deliveries.submit({ keys: [...new Set(keys)], now, ttlMs });
    this.sweepNowAndThen(now, 1);
    return fresh;
  }

  /**
   * A window starts at a user's first question and lasts `windowMs`; calls
   * count one after another, whatever the instance (the upsert's row lock).
   * The question that first goes over the limit is told, later ones are not.
   */
  countQuestion(user: string, now: number, windowMs: number, limit: number): Promise<RateDecision> {
    return this.counts.submit({ user, now, windowMs, limit });
  }

  /** Sends the calls still waiting (before the pool closes). */
  async drain(): Promise<void> {
    await Promise.all([this.saves.drain(), this.deliveries.drain(), this.counts.drain()]);
  }

  private async saveQueries(calls: readonly SavedQuery[]): Promise<undefined[]> {
    const last = new Map(calls.map((c) => [c.key, c]));
    const rows = [...last.values()].sort((a, b) => (a.key < b.key ? -1 : 1));
    await this.pool.query(SAVE_QUERIES, [rows.map((r) => r.key), rows.map((r) => r.query), rows.map((r) => r.now)]);
    return calls.map(() => undefined);
  }

  private sweepNowAndThen(now: number, writes: number): void {
    this.writes += writes;
    if (this.writes < SWEEP_EVERY) return;
    this.writes = 0;
    const sweep = async (): Promise<void> => {
      await this.pool.query('DELETE FROM queries WHERE used_at < $1', [now - QUERY_RETENTION_MS]);
      await this.pool.query('DELETE FROM deliveries WHERE expires_at < $1', [now]);
      await this.pool.query('DELETE FROM rate_windows WHERE started_at < $1', [now - 86_400_000]);
    };
    // A failed sweep costs nothing but space; the next one tries again.
    sweep().catch(() => undefined);
  }
}
