// The insights records in PostgreSQL (see store.ts for the contract); the
// report's figures, counted by the server, are in postgres-figures.ts.
// Parameterised queries only; a rating is one upsert, so two clicks at once
// on two instances leave one rating.

import { randomBytes } from 'node:crypto';
import type { Pool } from 'pg';
import { ASKED_COLUMNS, askedValues, RATED_SELECT, toAsked, toRated, toRating, type RawAsked, type RawRated, type RawRating } from './insight-rows.js';
import { PostgresFigures } from './postgres-figures.js';
import type { AskedRow, InsightQuery, InsightRecords, RatedAnswer, Rating, RatingRow } from './store.js';

const WHOSE = '($3::text IS NULL OR {p}platform = $3) AND ($4::text IS NULL OR {p}scope = $4)';

export class PostgresInsights extends PostgresFigures implements InsightRecords {
  constructor(pool: Pool) {
    super(pool);
  }

  async salt(): Promise<string> {
    await this.pool.query("INSERT INTO meta (key, value) VALUES ('insights_salt', $1) ON CONFLICT DO NOTHING", [randomBytes(32).toString('base64url')]);
    const [r] = await this.rows<{ value: string }>("SELECT value FROM meta WHERE key = 'insights_salt'", []);
    if (r === undefined) throw new Error('store: the insights salt could not be kept');
    return r.value;
  }

  async recordQuestion(row: AskedRow): Promise<void> {
    await this.recordQuestions([row]);
  }

  /** One statement for all the rows (a statement is all or none). */
  async recordQuestions(rows: readonly AskedRow[]): Promise<void> {
    if (rows.length === 0) return;
    const width = ASKED_COLUMNS.split(',').length;
    const tuples = rows.map((_, r) => `(${Array.from({ length: width }, (_, c) => `$${r * width + c + 1}`).join(', ')})`);
    await this.pool.query(`INSERT INTO insight_questions (${ASKED_COLUMNS}) VALUES ${tuples.join(', ')} ON CONFLICT DO NOTHING`, rows.flatMap(askedValues));
  }

  async question(id: string): Promise<AskedRow | undefined> {
    const [r] = await this.rows<RawAsked>('SELECT * FROM insight_questions WHERE id = $1', [id]);
    return r === undefined ? undefined : toAsked(r);
  }

  async questions(query: InsightQuery): Promise<AskedRow[]> {
    const rows = await this.rows<RawAsked>(
      `SELECT * FROM insight_questions WHERE asked_at >= $1 AND asked_at < $2 AND ${WHOSE.replaceAll('{p}', '')} ORDER BY asked_at`,
      [query.since, query.until, query.platform ?? null, query.scope ?? null],
    );
    return rows.map(toAsked);
  }

  async rate(answerId: string, rater: string, rating: Rating, at: number): Promise<void> {
    await this.pool.query(
      `INSERT INTO insight_ratings (answer_id, rater, rating, rated_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (answer_id, rater) DO UPDATE SET rating = excluded.rating, rated_at = excluded.rated_at`,
      [answerId, rater, rating, at],
    );
  }

  async lookingFor(answerId: string, rater: string, text: string, at: number): Promise<void> {
    await this.pool.query(
      `INSERT INTO insight_ratings (answer_id, rater, rating, looking_for, rated_at) VALUES ($1, $2, 'not-helpful', $3, $4)
       ON CONFLICT (answer_id, rater) DO UPDATE SET looking_for = excluded.looking_for`,
      [answerId, rater, text, at],
    );
  }

  async rating(answerId: string, rater: string): Promise<RatingRow | undefined> {
    const [r] = await this.rows<RawRating>('SELECT * FROM insight_ratings WHERE answer_id = $1 AND rater = $2', [answerId, rater]);
    return r === undefined ? undefined : toRating(r);
  }

  async ratings(query: InsightQuery): Promise<RatedAnswer[]> {
    const rows = await this.rows<RawRated>(
      `${RATED_SELECT} WHERE r.rated_at >= $1 AND r.rated_at < $2 AND ${WHOSE.replaceAll('{p}', 'q.')} ORDER BY r.rated_at`,
      [query.since, query.until, query.platform ?? null, query.scope ?? null],
    );
    return rows.map(toRated);
  }

  async forgetTextBefore(before: number): Promise<number> {
    const q = await this.pool.query('UPDATE insight_questions SET question = NULL WHERE asked_at < $1 AND question IS NOT NULL', [before]);
    const r = await this.pool.query('UPDATE insight_ratings SET looking_for = NULL WHERE rated_at < $1 AND looking_for IS NOT NULL', [before]);
    return (q.rowCount ?? 0) + (r.rowCount ?? 0);
  }

  async deleteChannel(platform: string, channelId: string): Promise<number> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('DELETE FROM insight_ratings WHERE answer_id IN (SELECT id FROM insight_questions WHERE platform = $1 AND channel_id = $2)', [
        platform,
        channelId,
      ]);
      const deleted = await client.query('DELETE FROM insight_questions WHERE platform = $1 AND channel_id = $2', [platform, channelId]);
      await client.query('COMMIT');
      return deleted.rowCount ?? 0;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}
