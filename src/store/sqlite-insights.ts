// The insights records in SQLite (see store.ts for the contract); the
// report's figures, counted by SQLite, are in sqlite-figures.ts.

import { randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';
import { ASKED_COLUMNS, askedValues, RATED_SELECT, toAsked, toRated, toRating, type RawAsked, type RawRated, type RawRating } from './insight-rows.js';
import { SqliteFigures } from './sqlite-figures.js';
import type { AskedRow, InsightQuery, InsightRecords, RatedAnswer, Rating, RatingRow } from './store.js';

/** The platform and scope filters of a query: null matches any. */
const whose = (q: InsightQuery): [string | null, string | null, string | null, string | null] => [
  q.platform ?? null,
  q.platform ?? null,
  q.scope ?? null,
  q.scope ?? null,
];

export class SqliteInsights extends SqliteFigures implements InsightRecords {
  constructor(db: Database.Database) {
    super(db);
  }

  async salt(): Promise<string> {
    this.db.prepare("INSERT OR IGNORE INTO meta (key, value) VALUES ('insights_salt', ?)").run(randomBytes(32).toString('base64url'));
    return (this.db.prepare("SELECT value FROM meta WHERE key = 'insights_salt'").get() as { value: string }).value;
  }

  async recordQuestion(row: AskedRow): Promise<void> {
    await this.recordQuestions([row]);
  }

  async recordQuestions(rows: readonly AskedRow[]): Promise<void> {
    const insert = this.db.prepare(`INSERT OR IGNORE INTO insight_questions (${ASKED_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.db.transaction(() => {
      for (const row of rows) insert.run(...askedValues(row));
    })();
  }

  async question(id: string): Promise<AskedRow | undefined> {
    const r = this.db.prepare('SELECT * FROM insight_questions WHERE id = ?').get(id) as RawAsked | undefined;
    return r === undefined ? undefined : toAsked(r);
  }

  async questions(query: InsightQuery): Promise<AskedRow[]> {
    const rows = this.db
      .prepare(
        // Rows of the same instant in the order written (rowid), as the index on the instant alone gave them before migration 6.
        'SELECT * FROM insight_questions WHERE asked_at >= ? AND asked_at < ? AND (? IS NULL OR platform = ?) AND (? IS NULL OR scope = ?) ORDER BY asked_at, rowid',
      )
      .all(query.since, query.until, ...whose(query));
    return (rows as RawAsked[]).map(toAsked);
  }

  async rate(answerId: string, rater: string, rating: Rating, at: number): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO insight_ratings (answer_id, rater, rating, rated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (answer_id, rater) DO UPDATE SET rating = excluded.rating, rated_at = excluded.rated_at`,
      )
      .run(answerId, rater, rating, at);
  }

  async lookingFor(answerId: string, rater: string, text: string, at: number): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO insight_ratings (answer_id, rater, rating, looking_for, rated_at) VALUES (?, ?, 'not-helpful', ?, ?)
         ON CONFLICT (answer_id, rater) DO UPDATE SET looking_for = excluded.looking_for`,
      )
      .run(answerId, rater, text, at);
  }

  async rating(answerId: string, rater: string): Promise<RatingRow | undefined> {
    const r = this.db.prepare('SELECT * FROM insight_ratings WHERE answer_id = ? AND rater = ?').get(answerId, rater) as RawRating | undefined;
    return r === undefined ? undefined : toRating(r);
  }

  async ratings(query: InsightQuery): Promise<RatedAnswer[]> {
    const rows = this.db
      .prepare(
        `${RATED_SELECT} WHERE r.rated_at >= ? AND r.rated_at < ? AND (? IS NULL OR q.platform = ?) AND (? IS NULL OR q.scope = ?) ORDER BY r.rated_at, r.rowid`,
      )
      .all(query.since, query.until, ...whose(query));
    return (rows as RawRated[]).map(toRated);
  }

  async forgetTextBefore(before: number): Promise<number> {
    return this.db.transaction(() => {
      const questions = this.db.prepare('UPDATE insight_questions SET question = NULL WHERE asked_at < ? AND question IS NOT NULL').run(before).changes;
      const lines = this.db.prepare('UPDATE insight_ratings SET looking_for = NULL WHERE rated_at < ? AND looking_for IS NOT NULL').run(before).changes;
      return questions + lines;
    })();
  }

  async deleteChannel(platform: string, channelId: string): Promise<number> {
    return this.db.transaction(() => {
      this.db
        .prepare('DELETE FROM insight_ratings WHERE answer_id IN (SELECT id FROM insight_questions WHERE platform = ? AND channel_id = ?)')
        .run(platform, channelId);
      return this.db.prepare('DELETE FROM insight_questions WHERE platform = ? AND channel_id = ?').run(platform, channelId).changes;
    })();
  }
}
