// The insights report from the figures the database counts (InsightFigures):
// the report buildReport makes of the rows, without reading them. A year of
// activity is 100,000 questions and as many ratings; read into JavaScript one
// by one they took 4 s, counted by the database they are a few hundred rows
// (issue 13: a report over any period in under 2 s). The naming, ranking and
// word lists are report.ts's own, so both ways give the same report.

import type { TopicInfo } from '../model.js';
import type { InsightFigures, InsightQuery } from '../store/store.js';
import { DEFAULT_LIMIT, type InsightReport, notHelpfulLines, rankTopics, type WeeklyTopics, weekBounds, wordingSuggestions } from './report.js';

export interface FiguresInput {
  query: InsightQuery;
  /** The documents' topics, for names in both languages. */
  topics: readonly TopicInfo[];
  /** Weekly counts of the `count` weeks up to the period's end, weeks starting Monday in `timeZone`. */
  weeks?: { count: number; timeZone: string };
  /** Words of a kept question text that the declaration does not contain; given, the report lists suggestions. */
  unknownWords?: (text: string) => readonly string[];
  /** How long the lists are (default 10 for topics and questions, 20 for not-helpful lines and suggestions). */
  limit?: number;
}

/** The questions per topic in each of the weeks up to `query.until`, as weeklyTopics counts them from the rows. */
async function weeklyFigures(
  figures: InsightFigures,
  query: InsightQuery,
  topics: readonly TopicInfo[],
  weeks: { count: number; timeZone: string },
): Promise<WeeklyTopics> {
  // The bounds are instants of the zone's midnights, so any zone's weeks (offsets of half an hour, summer time) are counted exactly.
  const { starts, instants } = weekBounds(query.until, weeks.count, weeks.timeZone);
  const tallies = await figures.weekCounts({ ...query, since: instants[0] ?? query.since }, instants);
  const counts = new Map<string, number>();
  for (const w of tallies) for (const [id, n] of Object.entries(w.byTopic)) counts.set(id, (counts.get(id) ?? 0) + n);
  return {
    timeZone: weeks.timeZone,
    topics: rankTopics(
      [...counts].map(([id, count]) => ({ id, count })),
      topics,
    ),
    weeks: starts.map((start, i) => ({ start, total: tallies[i]?.total ?? 0, byTopic: tallies[i]?.byTopic ?? {} })),
  };
}

export async function reportFromFigures(figures: InsightFigures, input: FiguresInput): Promise<InsightReport> {
  const { query, unknownWords } = input;
  const limit = input.limit ?? DEFAULT_LIMIT;
  // Independent counts: PostgreSQL runs them at once on the pool's connections.
  const [questions, topicCounts, unanswered, ratings, notHelpful, weekly, wordings] = await Promise.all([
    figures.outcomeCounts(query),
    figures.topicCounts(query),
    figures.unanswered(query, limit),
    figures.ratingCounts(query),
    figures.notHelpful(query, limit * 2),
    input.weeks === undefined ? undefined : weeklyFigures(figures, query, input.topics, input.weeks),
    unknownWords === undefined ? undefined : figures.refusedWordings(query),
  ]);
  // The fields in buildReport's order, so --json prints the same text.
  return {
    since: query.since,
    until: query.until,
    platform: query.platform,
    scope: query.scope,
    questions,
    topTopics: rankTopics(topicCounts, input.topics).slice(0, limit),
    unanswered: unanswered.top,
    unansweredTotal: unanswered.total,
    ratings,
    notHelpful: notHelpfulLines(notHelpful),
    weekly,
    suggestions: unknownWords === undefined || wordings === undefined ? undefined : wordingSuggestions(wordings, unknownWords).slice(0, limit * 2),
  };
}
