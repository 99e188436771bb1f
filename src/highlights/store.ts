// Subscriptions, each channel's stored rotation, and every post, in one SQLite
// file. The primary key on (channel, local date) is what makes "one post per
// local day" hold even if two ticks, or two processes, race.

import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ChannelKey } from './service.js';
import { StoreError, toPost, toSubscription, type NewPost, type PostRow, type RawPost, type RawSubscription, type SubscriptionRow } from './store-rows.js';

export type { NewPost, PostRow, SubscriptionRow } from './store-rows.js';

const SCHEMA_VERSION = 1;
/**
 * How long one statement waits for another connection's lock before SQLITE_BUSY:
 * not at all. The wait is synchronous, so every millisecond of it stops the bot;
 * with 50 ms and 50 highlight commands retrying, Slack acknowledgements took
 * over a second (bench/slack.ts --locked-database). Retries wait asynchronously instead.
 */
export const BUSY_TIMEOUT_MS = 0;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS subscriptions (
  platform TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('active', 'paused', 'unsubscribed')),
  time TEXT NOT NULL,
  time_zone TEXT NOT NULL,
  seed INTEGER NOT NULL,
  active_from INTEGER NOT NULL,
  paused_reason TEXT,
  language TEXT NOT NULL DEFAULT 'en',
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (platform, channel_id)
);
CREATE TABLE IF NOT EXISTS rotations (
  platform TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  cycle INTEGER NOT NULL,
  items TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (platform, channel_id, cycle)
);
CREATE TABLE IF NOT EXISTS posts (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  platform TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  local_date TEXT NOT NULL,
  item TEXT NOT NULL,
  cycle INTEGER NOT NULL,
  position INTEGER NOT NULL,
  cycle_length INTEGER NOT NULL,
  post_key TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER,
  last_error TEXT,
  created_at INTEGER NOT NULL,
  sent_at INTEGER,
  UNIQUE (platform, channel_id, local_date)
);
`;

export class HighlightStore {
  private readonly db: Database.Database;

  constructor(path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    // No waiting here: better-sqlite3 waits synchronously. Callers retry a busy
    // write later instead (adapters/database-retry.ts; the scheduler's next round).
    this.db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    this.db.exec(SCHEMA);
    const row = this.db.prepare('SELECT value FROM meta WHERE key = ?').get('schema_version') as { value: string } | undefined;
    if (row === undefined) {
      this.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run('schema_version', String(SCHEMA_VERSION));
    } else if (Number(row.value) > SCHEMA_VERSION) {
      throw new StoreError(`${path} has schema version ${row.value}, newer than this program's ${SCHEMA_VERSION}; upgrade the bot`);
    }
  }

  get open(): boolean {
    return this.db.open;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  /** A consistent copy of the database while it is in use (SQLite online backup). */
  async backup(path: string): Promise<void> {
    mkdirSync(dirname(path), { recursive: true });
    await this.db.backup(path);
  }

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  subscription(channel: ChannelKey): SubscriptionRow | undefined {
    const r = this.db.prepare('SELECT * FROM subscriptions WHERE platform = ? AND channel_id = ?').get(channel.platform, channel.channelId) as
      | RawSubscription
      | undefined;
    return r === undefined ? undefined : toSubscription(r);
  }

  activeSubscriptions(): SubscriptionRow[] {
    const rows = this.db.prepare("SELECT * FROM subscriptions WHERE status = 'active' ORDER BY platform, channel_id").all() as RawSubscription[];
    return rows.map(toSubscription);
  }

  saveSubscription(s: SubscriptionRow, now: number): void {
    this.db
      .prepare(
        `INSERT INTO subscriptions (platform, channel_id, status, time, time_zone, seed, active_from, paused_reason, language, updated_at)
         VALUES (@platform, @channelId, @status, @time, @timeZone, @seed, @activeFrom, @pausedReason, @language, @now)
         ON CONFLICT (platform, channel_id) DO UPDATE SET status = excluded.status, time = excluded.time,
           time_zone = excluded.time_zone, active_from = excluded.active_from,
           paused_reason = excluded.paused_reason, language = excluded.language, updated_at = excluded.updated_at`,
      )
      .run({ ...s, pausedReason: s.pausedReason ?? null, now });
  }

  rotation(channel: ChannelKey, cycle: number): string[] | undefined {
    const r = this.db
      .prepare('SELECT items FROM rotations WHERE platform = ? AND channel_id = ? AND cycle = ?')
      .get(channel.platform, channel.channelId, cycle) as { items: string } | undefined;
    if (r === undefined) return undefined;
    let items: unknown;
    try {
      items = JSON.parse(r.items) as unknown;
    } catch {
      throw new StoreError(`rotation ${cycle} of ${channel.platform}:${channel.channelId} is not JSON: ${r.items.slice(0, 80)}`);
    }
    if (!Array.isArray(items) || !items.every((i): i is string => typeof i === 'string')) {
      throw new StoreError(`rotation ${cycle} of ${channel.platform}:${channel.channelId} is not a list of ids`);
    }
    return items;
  }

  /** Keeps the first order stored for a cycle: a second writer loses. */
  saveRotation(channel: ChannelKey, cycle: number, items: readonly string[], now: number): void {
    this.db
      .prepare('INSERT OR IGNORE INTO rotations (platform, channel_id, cycle, items, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(channel.platform, channel.channelId, cycle, JSON.stringify(items), now);
  }

  post(channel: ChannelKey, localDate: string): PostRow | undefined {
    const r = this.db
      .prepare('SELECT * FROM posts WHERE platform = ? AND channel_id = ? AND local_date = ?')
      .get(channel.platform, channel.channelId, localDate) as RawPost | undefined;
    return r === undefined ? undefined : toPost(r);
  }

  /** The latest post that took its place in the rotation (failed days did not). */
  lastCountedPost(channel: ChannelKey): PostRow | undefined {
    const r = this.db
      .prepare("SELECT * FROM posts WHERE platform = ? AND channel_id = ? AND state IN ('pending', 'sent') ORDER BY id DESC LIMIT 1")
      .get(channel.platform, channel.channelId) as RawPost | undefined;
    return r === undefined ? undefined : toPost(r);
  }

  pendingPosts(channel: ChannelKey): PostRow[] {
    const rows = this.db
      .prepare("SELECT * FROM posts WHERE platform = ? AND channel_id = ? AND state = 'pending' ORDER BY id")
      .all(channel.platform, channel.channelId) as RawPost[];
    return rows.map(toPost);
  }

  posts(channel: ChannelKey): PostRow[] {
    const rows = this.db.prepare('SELECT * FROM posts WHERE platform = ? AND channel_id = ? ORDER BY id').all(channel.platform, channel.channelId) as RawPost[];
    return rows.map(toPost);
  }

  /** Records the intent to post; false when that day already has a post. */
  insertPending(channel: ChannelKey, post: NewPost, now: number): boolean {
    const result = this.db
      .prepare(
        `INSERT OR IGNORE INTO posts (platform, channel_id, local_date, item, cycle, position, cycle_length, post_key, state, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?)`,
      )
      .run(channel.platform, channel.channelId, post.localDate, post.item, post.cycle, post.position, post.cycleLength, post.key, now);
    return result.changes === 1;
  }

  markSent(channel: ChannelKey, localDate: string, now: number): void {
    this.db
      .prepare("UPDATE posts SET state = 'sent', sent_at = ?, next_attempt_at = NULL WHERE platform = ? AND channel_id = ? AND local_date = ?")
      .run(now, channel.platform, channel.channelId, localDate);
  }

  markFailed(channel: ChannelKey, localDate: string, error: string): void {
    this.db
      .prepare("UPDATE posts SET state = 'failed', last_error = ?, next_attempt_at = NULL WHERE platform = ? AND channel_id = ? AND local_date = ?")
      .run(error, channel.platform, channel.channelId, localDate);
  }

  scheduleRetry(channel: ChannelKey, localDate: string, at: number, error: string): void {
    this.db
      .prepare('UPDATE posts SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? WHERE platform = ? AND channel_id = ? AND local_date = ?')
      .run(at, error, channel.platform, channel.channelId, localDate);
  }

  deletePost(channel: ChannelKey, localDate: string): void {
    this.db.prepare('DELETE FROM posts WHERE platform = ? AND channel_id = ? AND local_date = ?').run(channel.platform, channel.channelId, localDate);
  }
}
