// The highlight records in SQLite. better-sqlite3 is synchronous and each
// statement takes microseconds; the methods are asynchronous only to keep the
// one interface. The database never waits for a lock (busy timeout 0, see
// sqlite-store.ts): a busy database rejects at once and the caller retries later.

import type Database from 'better-sqlite3';
import type { ChannelKey } from '../highlights/ports.js';
import { parseRotation, toPost, toSubscription, type NewPost, type PostRow, type RawPost, type RawSubscription, type SubscriptionRow } from './rows.js';
import type { Claim, HighlightStore } from './store.js';
import { HIGHLIGHT_TABLES, onTables, type LedgerTables } from './ledger-tables.js';

const WHERE_DAY = 'platform = ? AND channel_id = ? AND local_date = ?';

export class SqliteHighlights implements HighlightStore {
  constructor(
    private readonly db: Database.Database,
    private readonly tables: LedgerTables = HIGHLIGHT_TABLES,
  ) {}

  private prepare(sql: string): Database.Statement {
    return this.db.prepare(onTables(sql, this.tables));
  }

  private one<T>(sql: string, ...params: unknown[]): T | undefined {
    return this.prepare(sql).get(...params) as T | undefined;
  }

  private all<T>(sql: string, ...params: unknown[]): T[] {
    return this.prepare(sql).all(...params) as T[];
  }

  private run(sql: string, ...params: unknown[]): number {
    return this.prepare(sql).run(...params).changes;
  }

  async subscription(channel: ChannelKey): Promise<SubscriptionRow | undefined> {
    const r = this.one<RawSubscription>('SELECT * FROM subscriptions WHERE platform = ? AND channel_id = ?', channel.platform, channel.channelId);
    return r === undefined ? undefined : toSubscription(r);
  }

  async activeSubscriptions(): Promise<SubscriptionRow[]> {
    return this.all<RawSubscription>("SELECT * FROM subscriptions WHERE status = 'active' ORDER BY platform, channel_id").map(toSubscription);
  }

  async saveSubscription(s: SubscriptionRow, now: number): Promise<void> {
    this.prepare(
      `INSERT INTO subscriptions (platform, channel_id, status, time, time_zone, seed, active_from, paused_reason, language, updated_at)
         VALUES (@platform, @channelId, @status, @time, @timeZone, @seed, @activeFrom, @pausedReason, @language, @now)
         ON CONFLICT (platform, channel_id) DO UPDATE SET status = excluded.status, time = excluded.time,
           time_zone = excluded.time_zone,
           -- Decided here, not by the caller's earlier read: two instances saving at once agree.
           active_from = CASE WHEN subscriptions.status = 'active' AND excluded.status = 'active' AND subscriptions.time = excluded.time
             AND subscriptions.time_zone = excluded.time_zone THEN subscriptions.active_from ELSE excluded.active_from END,
           paused_reason = excluded.paused_reason, language = excluded.language, updated_at = excluded.updated_at`,
    ).run({ ...s, pausedReason: s.pausedReason ?? null, now });
  }

  async rotation(channel: ChannelKey, cycle: number): Promise<string[] | undefined> {
    const r = this.one<{ items: string }>(
      'SELECT items FROM rotations WHERE platform = ? AND channel_id = ? AND cycle = ?',
      channel.platform,
      channel.channelId,
      cycle,
    );
    return r === undefined ? undefined : parseRotation(channel, cycle, r.items);
  }

  async saveRotation(channel: ChannelKey, cycle: number, items: readonly string[], now: number): Promise<void> {
    this.run(
      'INSERT OR IGNORE INTO rotations (platform, channel_id, cycle, items, created_at) VALUES (?, ?, ?, ?, ?)',
      channel.platform,
      channel.channelId,
      cycle,
      JSON.stringify(items),
      now,
    );
  }

  async post(channel: ChannelKey, localDate: string): Promise<PostRow | undefined> {
    const r = this.one<RawPost>(`SELECT * FROM posts WHERE ${WHERE_DAY}`, channel.platform, channel.channelId, localDate);
    return r === undefined ? undefined : toPost(r);
  }

  async lastCountedPost(channel: ChannelKey): Promise<PostRow | undefined> {
    const r = this.one<RawPost>(
      "SELECT * FROM posts WHERE platform = ? AND channel_id = ? AND state IN ('pending', 'sent') ORDER BY id DESC LIMIT 1",
      channel.platform,
      channel.channelId,
    );
    return r === undefined ? undefined : toPost(r);
  }

  async pendingPosts(channel: ChannelKey): Promise<PostRow[]> {
    return this.all<RawPost>(
      "SELECT * FROM posts WHERE platform = ? AND channel_id = ? AND state = 'pending' ORDER BY id",
      channel.platform,
      channel.channelId,
    ).map(toPost);
  }

  async posts(channel: ChannelKey): Promise<PostRow[]> {
    return this.all<RawPost>('SELECT * FROM posts WHERE platform = ? AND channel_id = ? ORDER BY id', channel.platform, channel.channelId).map(toPost);
  }

  async insertPending(channel: ChannelKey, post: NewPost, now: number, claim: Claim): Promise<boolean> {
    const changes = this.run(
      `INSERT OR IGNORE INTO posts (platform, channel_id, local_date, item, cycle, position, cycle_length, post_key, state, created_at, claimed_by, claimed_until)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?)`,
      channel.platform,
      channel.channelId,
      post.localDate,
      post.item,
      post.cycle,
      post.position,
      post.cycleLength,
      post.key,
      now,
      claim.owner,
      claim.until,
    );
    return changes === 1;
  }

  async claimPost(channel: ChannelKey, localDate: string, now: number, claim: Claim): Promise<boolean> {
    const changes = this.run(
      `UPDATE posts SET claimed_by = ?, claimed_until = ?
       WHERE ${WHERE_DAY} AND state = 'pending' AND (claimed_until IS NULL OR claimed_until <= ?)`,
      claim.owner,
      claim.until,
      channel.platform,
      channel.channelId,
      localDate,
      now,
    );
    return changes === 1;
  }

  /** Moves a day's post on and releases its claim: every way a send ends. */
  private settleDay(channel: ChannelKey, localDate: string, set: string, ...values: unknown[]): void {
    this.run(`UPDATE posts SET ${set}, claimed_until = NULL WHERE ${WHERE_DAY}`, ...values, channel.platform, channel.channelId, localDate);
  }

  async markSent(channel: ChannelKey, localDate: string, now: number): Promise<void> {
    this.settleDay(channel, localDate, "state = 'sent', sent_at = ?, next_attempt_at = NULL", now);
  }

  async markFailed(channel: ChannelKey, localDate: string, error: string): Promise<void> {
    this.settleDay(channel, localDate, "state = 'failed', last_error = ?, next_attempt_at = NULL", error);
  }

  async scheduleRetry(channel: ChannelKey, localDate: string, at: number, error: string): Promise<void> {
    this.settleDay(channel, localDate, 'attempts = attempts + 1, next_attempt_at = ?, last_error = ?', at, error);
  }

  async pauseChannel(channel: ChannelKey, localDate: string, reason: string, now: number): Promise<void> {
    this.db.transaction(() => {
      this.run(`DELETE FROM posts WHERE ${WHERE_DAY}`, channel.platform, channel.channelId, localDate);
      this.run(
        "UPDATE subscriptions SET status = 'paused', paused_reason = ?, updated_at = ? WHERE platform = ? AND channel_id = ?",
        reason,
        now,
        channel.platform,
        channel.channelId,
      );
    })();
  }
}
