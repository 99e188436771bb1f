// The report's figures in SQLite (see InsightFigures in store.ts). Each is
// counted by SQLite over the covering indexes of migration 6, so a year's
// report reads index entries, not table rows, and hands back tens of rows.
// Where the rows' order decided an order in the report (terms, a week's topics,
// lines of the same instant), it is ordered here as the rows were read:
// oldest first, then in the order written (rowid).

import type Database from 'better-sqlite3';
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

/** The platform and scope of a query: a null parameter matches any. */
const WHOSE = '(@platform IS NULL OR q.platform = @platform) AND (@scope IS NULL OR q.scope = @scope)';
const ASKED = `q.asked_at >= @since AND q.asked_at < @until AND ${WHOSE}`;
const REFUSED = `q.outcome = 'not-covered' AND ${ASKED}`;
/** A list's element `e` of row q's column `column`, the first time it occurs in that list: a question counts once under a topic it names twice. */
const FIRST_IN_LIST = (e: string, column: string) =>
  `(${e}.key = 0 OR NOT EXISTS (SELECT 1 FROM json_each(q.${column}) u WHERE u.key < ${e}.key AND u.value = ${e}.value))`;

const named = (q: InsightQuery) => ({ since: q.since, until: q.until, platform: q.platform ?? null, scope: q.scope ?? null });

// MIN() with bare columns: SQLite takes rid and idx from the row that has the minimum (documented behaviour).
const WEEK_TOPICS = `SELECT t.value AS id, COUNT(*) AS n, MIN(q.asked_at) AS at, q.rowid AS rid, t.key AS idx
  FROM insight_questions q, json_each(q.topics) t
  WHERE ${ASKED} AND q.topics <> '[]' AND ${FIRST_IN_LIST('t', 'topics')}
  GROUP BY t.value ORDER BY at, rid, idx`;

const LATEST_OF_KEY = (column: string) => `(SELECT q.${column} FROM insight_questions q
  WHERE q.question_key = k.value AND q.${column} IS NOT NULL AND ${REFUSED} ORDER BY q.asked_at DESC, q.rowid DESC LIMIT 1)`;

export class SqliteFigures implements InsightFigures {
  constructor(protected readonly db: Database.Database) {}

  async outcomeCounts(query: InsightQuery): Promise<OutcomeCounts> {
    const rows = this.db.prepare(`SELECT q.outcome, COUNT(*) AS n FROM insight_questions q WHERE ${ASKED} GROUP BY q.outcome`).all(named(query));
    return outcomeCounts(rows as { outcome: string; n: number }[]);
  }

  async topicCounts(query: InsightQuery): Promise<TopicTally[]> {
    const rows = this.db
      .prepare(
        `SELECT t.value AS id, COUNT(*) AS count FROM insight_questions q, json_each(q.topics) t
         WHERE ${ASKED} AND q.topics <> '[]' AND ${FIRST_IN_LIST('t', 'topics')} GROUP BY t.value`,
      )
      .all(named(query));
    return rows as TopicTally[];
  }

  async unanswered(query: InsightQuery, limit: number): Promise<{ top: UnansweredQuestion[]; total: number }> {
    // The first asked breaks the last ties, as the order of first appearance did.
    const groups = this.db
      .prepare(
        `SELECT q.question_key, COUNT(*) AS n, MAX(q.asked_at) AS last_at, MIN(q.asked_at) AS first_at, COUNT(*) OVER () AS total
         FROM insight_questions q WHERE ${REFUSED} GROUP BY q.question_key ORDER BY n DESC, last_at DESC, first_at LIMIT @limit`,
      )
      .all({ ...named(query), limit }) as (RawGroup & { total: number })[];
    const keys = JSON.stringify(groups.map((g) => g.question_key));
    const latest = this.db
      .prepare(`SELECT k.value AS question_key, ${LATEST_OF_KEY('question')} AS text, ${LATEST_OF_KEY('missing')} AS missing FROM json_each(@keys) k`)
      .all({ ...named(query), keys }) as RawLatest[];
    const terms = this.db
      .prepare(
        `SELECT q.question_key, a.value AS term, MIN(q.asked_at) AS at, q.rowid AS rid, a.key AS idx
         FROM insight_questions q, json_each(q.absent) a
         WHERE q.question_key IN (SELECT value FROM json_each(@keys)) AND q.absent <> '[]' AND ${REFUSED} AND ${FIRST_IN_LIST('a', 'absent')}
         GROUP BY q.question_key, a.value ORDER BY at, rid, idx`,
      )
      .all({ ...named(query), keys }) as { question_key: string; term: string }[];
    return { top: unansweredQuestions(groups, latest, terms), total: groups[0]?.total ?? 0 };
  }

  async ratingCounts(query: InsightQuery): Promise<RatingCounts> {
    // Without a platform or scope every rating counts, its answer's row kept or not; with one, only those whose answer is of it.
    const rows = this.db
      .prepare(
        `SELECT r.rating, COUNT(*) AS n FROM insight_ratings r
         WHERE r.rated_at >= @since AND r.rated_at < @until
           AND ((@platform IS NULL AND @scope IS NULL) OR EXISTS (SELECT 1 FROM insight_questions q WHERE q.id = r.answer_id AND ${WHOSE}))
         GROUP BY r.rating`,
      )
      .all(named(query));
    return ratingCounts(rows as { rating: string; n: number }[]);
  }

  async notHelpful(query: InsightQuery, limit: number): Promise<RatedAnswer[]> {
    const rows = this.db
      .prepare(
        `${RATED_SELECT} WHERE r.rating = 'not-helpful' AND r.rated_at >= @since AND r.rated_at < @until AND ${WHOSE}
         ORDER BY r.rated_at DESC, r.rowid LIMIT @limit`,
      )
      .all({ ...named(query), limit });
    return (rows as RawRated[]).map(toRated);
  }

  async weekCounts(query: InsightQuery, bounds: readonly number[]): Promise<WeekTally[]> {
    // One indexed range per week: SQLite has no time zones, and the weeks' bounds already hold the zone's offsets and changes.
    const total = this.db.prepare(`SELECT COUNT(*) AS n FROM insight_questions q WHERE ${ASKED}`);
    const topics = this.db.prepare(WEEK_TOPICS);
    const totals: { week: number; n: number }[] = [];
    const byTopic: { week: number; id: string; n: number }[] = [];
    for (let week = 0; week + 1 < bounds.length; week++) {
      const since = Math.max(query.since, bounds[week] ?? Infinity);
      const until = Math.min(query.until, bounds[week + 1] ?? -Infinity);
      if (since >= until) continue;
      const params = { ...named(query), since, until };
      totals.push({ week, n: (total.get(params) as { n: number }).n });
      for (const t of topics.all(params) as { id: string; n: number }[]) byTopic.push({ week, id: t.id, n: t.n });
    }
    return weekTallies(Math.max(0, bounds.length - 1), totals, byTopic);
  }

  async refusedWordings(query: InsightQuery): Promise<RefusedWording[]> {
    const rows = this.db
      .prepare(
        `SELECT q.question, q.absent, COUNT(*) AS n FROM insight_questions q
         WHERE ${REFUSED} AND (q.question IS NOT NULL OR q.absent <> '[]') GROUP BY q.question, q.absent`,
      )
      .all(named(query));
    return (rows as { question: string | null; absent: string; n: number }[]).map(refusedWording);
  }
}
