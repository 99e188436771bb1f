// The report's figures in PostgreSQL (see InsightFigures in store.ts), each
// counted by the server: a year's report gets tens of rows over the wire, not
// every question and rating. Parameterised queries only. Where the rows' order
// decided an order in the report (terms, a week's topics), it is ordered here
// as the rows were read: oldest first, then by place in the row's list
// (MIN over ARRAY[instant, place] compares the two in turn).

import type { Pool } from 'pg';
import {
  outcomeCounts,
  ratingCounts,
  refusedWording,
  type RawGroup,
  type RawLatest,
  unansweredQuestions,
  weekTallies,
  type OutcomeCounts,
  type RatingCounts,
  type RefusedWording,
  type TopicTally,
  type UnansweredQuestion,
  type WeekTally,
} from './insight-figures.js';
import { RATED_SELECT, toRated, type RawRated } from './insight-rows.js';
import type { InsightFigures, InsightQuery, RatedAnswer } from './store.js';

/** $1 since, $2 until, $3 platform and $4 scope (null matches any); further parameters from $5. */
const WHOSE = '($3::text IS NULL OR q.platform = $3) AND ($4::text IS NULL OR q.scope = $4)';
const ASKED = `q.asked_at >= $1 AND q.asked_at < $2 AND ${WHOSE}`;
const REFUSED = `q.outcome = 'not-covered' AND ${ASKED}`;
/** Row q's list `column`, each element once, with its first place in the list: a question counts once under a topic it names twice. */
const ELEMENTS = (column: string, as: string) =>
  `CROSS JOIN LATERAL (SELECT value AS ${as}, MIN(ordinality) AS idx FROM json_array_elements_text(q.${column}::json) WITH ORDINALITY GROUP BY value) e`;

const params = (q: InsightQuery): unknown[] => [q.since, q.until, q.platform ?? null, q.scope ?? null];

const LATEST_OF_KEY = (column: string) => `(SELECT q.${column} FROM insight_questions q
  WHERE q.question_key = k AND q.${column} IS NOT NULL AND ${REFUSED} ORDER BY q.asked_at DESC LIMIT 1)`;

export class PostgresFigures implements InsightFigures {
  constructor(protected readonly pool: Pool) {}

  protected async rows<T>(sql: string, values: unknown[]): Promise<T[]> {
    return (await this.pool.query(sql, values)).rows as T[];
  }

  async outcomeCounts(query: InsightQuery): Promise<OutcomeCounts> {
    const rows = await this.rows<{ outcome: string; n: number }>(
      `SELECT q.outcome, COUNT(*) AS n FROM insight_questions q WHERE ${ASKED} GROUP BY q.outcome`,
      params(query),
    );
    return outcomeCounts(rows);
  }

  async topicCounts(query: InsightQuery): Promise<TopicTally[]> {
    const rows = await this.rows<{ id: string; count: number }>(
      `SELECT e.id, COUNT(*) AS count FROM insight_questions q ${ELEMENTS('topics', 'id')} WHERE ${ASKED} AND q.topics <> '[]' GROUP BY e.id`,
      params(query),
    );
    return rows.map((r) => ({ id: r.id, count: Number(r.count) }));
  }

  async unanswered(query: InsightQuery, limit: number): Promise<{ top: UnansweredQuestion[]; total: number }> {
    // The first asked breaks the last ties, as the order of first appearance did.
    const groups = await this.rows<RawGroup & { total: number }>(
      `SELECT q.question_key, COUNT(*) AS n, MAX(q.asked_at) AS last_at, MIN(q.asked_at) AS first_at, COUNT(*) OVER () AS total
       FROM insight_questions q WHERE ${REFUSED} GROUP BY q.question_key ORDER BY n DESC, last_at DESC, first_at LIMIT $5`,
      [...params(query), limit],
    );
    const keys = groups.map((g) => g.question_key);
    const [latest, terms] = await Promise.all([
      this.rows<RawLatest>(
        `SELECT k AS question_key, ${LATEST_OF_KEY('question')} AS text, ${LATEST_OF_KEY('missing')} AS missing FROM unnest($5::text[]) AS k`,
        [...params(query), keys],
      ),
      this.rows<{ question_key: string; term: string }>(
        `SELECT q.question_key, e.term, (MIN(ARRAY[q.asked_at, e.idx]))[1] AS at, (MIN(ARRAY[q.asked_at, e.idx]))[2] AS idx
         FROM insight_questions q ${ELEMENTS('absent', 'term')}
         WHERE q.question_key = ANY($5::text[]) AND q.absent <> '[]' AND ${REFUSED}
         GROUP BY q.question_key, e.term ORDER BY at, idx`,
        [...params(query), keys],
      ),
    ]);
    return { top: unansweredQuestions(groups, latest, terms), total: Number(groups[0]?.total ?? 0) };
  }

  async ratingCounts(query: InsightQuery): Promise<RatingCounts> {
    // Without a platform or scope every rating counts, its answer's row kept or not; with one, only those whose answer is of it.
    // A join, not a probe per rating: PostgreSQL hashes it (a tenth of the time over a year with a filter).
    const rows = await this.rows<{ rating: string; n: number }>(
      `SELECT r.rating, COUNT(*) AS n FROM insight_ratings r LEFT JOIN insight_questions q ON q.id = r.answer_id
       WHERE r.rated_at >= $1 AND r.rated_at < $2 AND ${WHOSE} GROUP BY r.rating`,
      params(query),
    );
    return ratingCounts(rows);
  }

  async notHelpful(query: InsightQuery, limit: number): Promise<RatedAnswer[]> {
    const rows = await this.rows<RawRated>(
      `${RATED_SELECT} WHERE r.rating = 'not-helpful' AND r.rated_at >= $1 AND r.rated_at < $2 AND ${WHOSE}
       ORDER BY r.rated_at DESC, r.answer_id, r.rater LIMIT $5`,
      [...params(query), limit],
    );
    return rows.map(toRated);
  }

  async weekCounts(query: InsightQuery, bounds: readonly number[]): Promise<WeekTally[]> {
    const weeks = Math.max(0, bounds.length - 1);
    // width_bucket numbers a question's week from the weeks' starts (1 for the first); the period keeps the rows inside the weeks.
    const period = [Math.max(query.since, bounds[0] ?? Infinity), Math.min(query.until, bounds.at(-1) ?? -Infinity)];
    if (weeks === 0 || (period[0] ?? 0) >= (period[1] ?? 0)) return weekTallies(weeks, [], []);
    const values = [...period, query.platform ?? null, query.scope ?? null, bounds.slice(0, -1)];
    const week = 'width_bucket(q.asked_at, $5::bigint[]) - 1';
    const [totals, topics] = await Promise.all([
      this.rows<{ week: number; n: number }>(`SELECT ${week} AS week, COUNT(*) AS n FROM insight_questions q WHERE ${ASKED} GROUP BY 1`, values),
      this.rows<{ week: number; id: string; n: number }>(
        `SELECT ${week} AS week, e.id, COUNT(*) AS n, (MIN(ARRAY[q.asked_at, e.idx]))[1] AS at, (MIN(ARRAY[q.asked_at, e.idx]))[2] AS idx
         FROM insight_questions q ${ELEMENTS('topics', 'id')} WHERE ${ASKED} AND q.topics <> '[]' GROUP BY 1, 2 ORDER BY at, idx`,
        values,
      ),
    ]);
    return weekTallies(weeks, totals, topics);
  }

  async refusedWordings(query: InsightQuery): Promise<RefusedWording[]> {
    const rows = await this.rows<{ question: string | null; absent: string; n: number }>(
      `SELECT q.question, q.absent, COUNT(*) AS n FROM insight_questions q
       WHERE ${REFUSED} AND (q.question IS NOT NULL OR q.absent <> '[]') GROUP BY q.question, q.absent`,
      params(query),
    );
    return rows.map(refusedWording);
  }
}
