// The highlight records in PostgreSQL, shared by every instance. Parameterised
// queries only. A claim is a conditional UPDATE: PostgreSQL locks the row, a
// second claimant waits for the first to commit, re-reads the row and finds
// it taken, so exactly one instance sends each post.

import type { Pool } from 'pg';
import type { ChannelKey } from '../highlights/ports.js';
import { parseRotation, toPost, toSubscription, type NewPost, type PostRow, type RawPost, type RawSubscription, type SubscriptionRow } from './rows.js';
import type { Claim, HighlightStore } from './store.js';
import { HIGHLIGHT_TABLES, onTables, type LedgerTables } from './ledger-tables.js';

const WHERE_DAY = 'platform = $1 AND channel_id = $2 AND local_date = $3';

export class PostgresHighlights implements HighlightStore {
  constructor(
    private readonly pool: Pool,
    private readonly tables: LedgerTables = HIGHLIGHT_TABLES,
  ) {}

  private sql(text: string): string {
    return onTables(text, this.tables);
  }

  private async rows<T>(sql: string, params: unknown[]): Promise<T[]> {
    return (await this.pool.query(this.sql(sql), params)).rows as T[];
  }

  private async changed(sql: string, params: unknown[]): Promise<number> {
    return (await this.pool.query(this.sql(sql), params)).rowCount ?? 0;
  }

  async subscription(channel: ChannelKey): Promise<SubscriptionRow | undefined> {
    const [r] = await this.rows<RawSubscription>('SELECT * FROM subscriptions WHERE platform = $1 AND channel_id = $2', [channel.platform, channel.channelId]);
    return r === undefined ? undefined : toSubscription(r);
  }

  async activeSubscriptions(): Promise<SubscriptionRow[]> {
    return (await this.rows<RawSubscription>("SELECT * FROM subscriptions WHERE status = 'active' ORDER BY platform, channel_id", [])).map(toSubscription);
  }

  async saveSubscription(s: SubscriptionRow, now: number): Promise<void> {
    await this.pool.query(
      this.sql(`INSERT INTO subscriptions (platform, channel_id, status, time, time_zone, seed, active_from, paused_reason, language, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (platform, channel_id) DO UPDATE SET status = excluded.status, time = excluded.time,
         time_zone = excluded.time_zone,
           -- Decided here, not by the caller's earlier read: two instances saving at once agree.
           active_from = CASE WHEN subscriptions.status = 'active' AND excluded.status = 'active' AND subscriptions.time = excluded.time
             AND subscriptions.time_zone = excluded.time_zone THEN subscriptions.active_from ELSE excluded.active_from END,
         paused_reason = excluded.paused_reason, language = excluded.language, updated_at = excluded.updated_at`),
      [s.platform, s.channelId, s.status, s.time, s.timeZone, s.seed, s.activeFrom, s.pausedReason ?? null, s.language, now],
    );
  }

  async rotation(channel: ChannelKey, cycle: number): Promise<string[] | undefined> {
    const [r] = await this.rows<{ items: string }>('SELECT items FROM rotations WHERE platform = $1 AND channel_id = $2 AND cycle = $3', [
      channel.platform,
      channel.channelId,
      cycle,
    ]);
    return r === undefined ? undefined : parseRotation(channel, cycle, r.items);
  }

  async saveRotation(channel: ChannelKey, cycle: number, items: readonly string[], now: number): Promise<void> {
    await this.pool.query(
      this.sql('INSERT INTO rotations (platform, channel_id, cycle, items, created_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING'),
      [channel.platform, channel.channelId, cycle, JSON.stringify(items), now],
    );
  }

  async post(channel: ChannelKey, localDate: string): Promise<PostRow | undefined> {
    const [r] = await this.rows<RawPost>(`SELECT * FROM posts WHERE ${WHERE_DAY}`, [channel.platform, channel.channelId, localDate]);
    return r === undefined ? undefined : toPost(r);
  }

  async lastCountedPost(channel: ChannelKey): Promise<PostRow | undefined> {
    const [r] = await this.rows<RawPost>(
      "SELECT * FROM posts WHERE platform = $1 AND channel_id = $2 AND state IN ('pending', 'sent') ORDER BY id DESC LIMIT 1",
      [channel.platform, channel.channelId],
    );
    return r === undefined ? undefined : toPost(r);
  }

  async pendingPosts(channel: ChannelKey): Promise<PostRow[]> {
    const rows = await this.rows<RawPost>("SELECT * FROM posts WHERE platform = $1 AND channel_id = $2 AND state = 'pending' ORDER BY id", [
      channel.platform,
      channel.channelId,
    ]);
    return rows.map(toPost);
  }

  async posts(channel: ChannelKey): Promise<PostRow[]> {
    return (await this.rows<RawPost>('SELECT * FROM posts WHERE platform = $1 AND channel_id = $2 ORDER BY id', [channel.platform, channel.channelId])).map(
      toPost,
    );
  }

  async insertPending(channel: ChannelKey, post: NewPost, now: number, claim: Claim): Promise<boolean> {
    const changes = await this.changed(
      `INSERT INTO posts (platform, channel_id, local_date, item, cycle, position, cycle_length, post_key, state, created_at, claimed_by, claimed_until)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'pending', $9, $10, $11) ON CONFLICT DO NOTHING`,
      [channel.platform, channel.channelId, post.localDate, post.item, post.cycle, post.position, post.cycleLength, post.key, now, claim.owner, claim.until],
    );
    return changes === 1;
  }

  async claimPost(channel: ChannelKey, localDate: string, now: number, claim: Claim): Promise<boolean> {
    const changes = await this.changed(
      `UPDATE posts SET claimed_by = $4, claimed_until = $5
       WHERE ${WHERE_DAY} AND state = 'pending' AND (claimed_until IS NULL OR claimed_until <= $6)`,
      [channel.platform, channel.channelId, localDate, claim.owner, claim.until, now],
    );
    return changes === 1;
  }

  /** Moves a day's post on and releases its claim: every way a send ends. `set` numbers its values from $4. */
  private async settleDay(channel: ChannelKey, localDate: string, set: string, ...values: unknown[]): Promise<void> {
    await this.pool.query(this.sql(`UPDATE posts SET ${set}, claimed_until = NULL WHERE ${WHERE_DAY}`), [
      channel.platform,
      channel.channelId,
      localDate,
      ...values,
    ]);
  }

  async markSent(channel: ChannelKey, localDate: string, now: number): Promise<void> {
    await this.settleDay(channel, localDate, "state = 'sent', sent_at = $4, next_attempt_at = NULL", now);
  }

  async markFailed(channel: ChannelKey, localDate: string, error: string): Promise<void> {
    await this.settleDay(channel, localDate, "state = 'failed', last_error = $4, next_attempt_at = NULL", error);
  }

  async scheduleRetry(channel: ChannelKey, localDate: string, at: number, error: string): Promise<void> {
    await this.settleDay(channel, localDate, 'attempts = attempts + 1, next_attempt_at = $4, last_error = $5', at, error);
  }

  async pauseChannel(channel: ChannelKey, localDate: string, reason: string, now: number): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(this.sql(`DELETE FROM posts WHERE ${WHERE_DAY}`), [channel.platform, channel.channelId, localDate]);
      await client.query(this.sql("UPDATE subscriptions SET status = 'paused', paused_reason = $3, updated_at = $4 WHERE platform = $1 AND channel_id = $2"), [
        channel.platform,
        channel.channelId,
        reason,
        now,
      ]);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}
