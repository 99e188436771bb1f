// The insights report: what was asked in a period, what the declaration could
// not answer, and what people thought of the answers. Pure functions over the
// rows the store gives, so the CLI, the weekly digest and the tests share one
// set of figures and none of them needs a database to check it.

import { addDays, localDate, zonedTime } from '../highlights/time.js';
import type { TopicInfo } from '../model.js';
import type { AskedRow, InsightOutcome, InsightQuery, RatedAnswer, RefusedWording, TopicTally, UnansweredQuestion } from '../store/store.js';

export type { UnansweredQuestion } from '../store/store.js';

/** A topic asked about, named in both languages (the id itself when the documents no longer have it). */
export interface TopicCount extends TopicInfo {
  count: number;
}

/** An answer rated 'not helpful'. */
export interface NotHelpfulLine {
  answerId: string;
  ratedAt: number;
  /** The question, when its text is kept. */
  question: string | undefined;
  /** Undefined when the answer's row is gone. */
  outcome: InsightOutcome | undefined;
  paragraphs: number[];
  /** What the rater was looking for, when they said. */
  lookingFor: string | undefined;
}

export interface WeekCount {
  /** The local date (YYYY-MM-DD) of the week's Monday. */
  start: string;
  /** Questions asked that week. */
  total: number;
  /** Questions per topic id (a question about two topics counts under each). */
  byTopic: Record<string, number>;
}

export interface WeeklyTopics {
  timeZone: string;
  /** The topics asked about in these weeks, most asked first. */
  topics: TopicCount[];
  /** Oldest first; the last is the week that holds the period's end. */
  weeks: WeekCount[];
}

export interface WordCount {
  word: string;
  count: number;
}

export interface InsightReport {
  since: number;
  until: number;
  platform: string | undefined;
  scope: string | undefined;
  questions: { asked: number; answered: number; notCovered: number; errors: number };
  topTopics: TopicCount[];
  /** Most asked first; at most `limit`. */
  unanswered: UnansweredQuestion[];
  /** How many different questions went unanswered (the list may be cut to `limit`). */
  unansweredTotal: number;
  ratings: { helpful: number; notHelpful: number };
  /** Newest first; at most `limit`. */
  notHelpful: NotHelpfulLine[];
  weekly: WeeklyTopics | undefined;
  /** The refused questions' unknown words, most frequent first; only when asked for. */
  suggestions: WordCount[] | undefined;
}

export interface ReportInput {
  query: InsightQuery;
  /** The store's rows; rows outside the query (period, platform, scope) are left out of the figures. */
  questions: readonly AskedRow[];
  ratings: readonly RatedAnswer[];
  /** The documents' topics, for names in both languages. */
  topics: readonly TopicInfo[];
  /** Weekly counts of the `count` weeks up to the period's end, weeks starting Monday in `timeZone`. */
  weeks?: { count: number; timeZone: string };
  /** Words of a kept question text that the declaration does not contain; given, the report lists suggestions. */
  unknownWords?: (text: string) => readonly string[];
  /** How long the lists are (default 10 for topics and questions, 20 for not-helpful lines and suggestions). */
  limit?: number;
}

export const DEFAULT_LIMIT = 10;

/** Whether a row is the query's: in the period, of its platform and scope when given. */
export function inQuery(row: Pick<AskedRow, 'at' | 'platform' | 'scope'>, query: InsightQuery): boolean {
  return (
    row.at >= query.since &&
    row.at < query.until &&
    (query.platform === undefined || row.platform === query.platform) &&
    (query.scope === undefined || row.scope === query.scope)
  );
}

function ofWhom(row: AskedRow | undefined, query: InsightQuery): boolean {
  if (query.platform === undefined && query.scope === undefined) return true;
  // A rating whose answer is gone cannot be placed on a platform or scope: it counts only when none is asked for.
  return row !== undefined && (query.platform === undefined || row.platform === query.platform) && (query.scope === undefined || row.scope === query.scope);
}

export function buildReport(input: ReportInput): InsightReport {
  const { query } = input;
  const asked = input.questions.filter((r) => inQuery(r, query));
  const rated = input.ratings.filter((r) => r.at >= query.since && r.at < query.until && ofWhom(r.answer, query));
  const limit = input.limit ?? DEFAULT_LIMIT;
  const unanswered = unansweredQuestions(asked);
  return {
    since: query.since,
    until: query.until,
    platform: query.platform,
    scope: query.scope,
    questions: outcomeCounts(asked),
    topTopics: topicCounts(asked, input.topics).slice(0, limit),
    unanswered: unanswered.slice(0, limit),
    unansweredTotal: unanswered.length,
    ratings: {
      helpful: rated.filter((r) => r.rating === 'helpful').length,
      notHelpful: rated.filter((r) => r.rating === 'not-helpful').length,
    },
    notHelpful: notHelpfulLines(rated).slice(0, limit * 2),
    weekly: input.weeks === undefined ? undefined : weeklyTopics(input.questions, input.topics, query, input.weeks),
    suggestions: input.unknownWords === undefined ? undefined : suggestions(asked, input.unknownWords).slice(0, limit * 2),
  };
}

export function outcomeCounts(rows: readonly AskedRow[]): InsightReport['questions'] {
  const counts = { asked: rows.length, answered: 0, notCovered: 0, errors: 0 };
  for (const r of rows) {
    if (r.outcome === 'answered') counts.answered++;
    else if (r.outcome === 'not-covered') counts.notCovered++;
    else counts.errors++;
  }
  return counts;
}

/** Names for topic ids: the documents' own, or the id where a topic has since gone. */
function namer(topics: readonly TopicInfo[]): (id: string) => TopicInfo {
  const byId = new Map(topics.map((t) => [t.id, t]));
  return (id) => {
    const t = byId.get(id);
    return t === undefined ? { id, en: id, zh: id } : { id, en: t.en, zh: t.zh };
  };
}

/** Questions per topic, most asked first (ties by id, so the order is stable). */
export function topicCounts(rows: readonly AskedRow[], topics: readonly TopicInfo[]): TopicCount[] {
  const counts = new Map<string, number>();
  for (const r of rows) for (const id of new Set(r.topics)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return rankTopics(
    [...counts].map(([id, count]) => ({ id, count })),
    topics,
  );
}

/** Counted topics named and ranked: most asked first, ties by id. */
export function rankTopics(counts: readonly TopicTally[], topics: readonly TopicInfo[]): TopicCount[] {
  const name = namer(topics);
  return counts.map(({ id, count }) => ({ ...name(id), count })).sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Refused questions grouped by their key, most asked first, then most recently asked. */
export function unansweredQuestions(rows: readonly AskedRow[]): UnansweredQuestion[] {
  const groups = new Map<string, UnansweredQuestion>();
  for (const r of rows) {
    if (r.outcome !== 'not-covered') continue;
    const g = groups.get(r.questionKey) ?? {
      questionKey: r.questionKey,
      count: 0,
      text: undefined,
      absent: [],
      missing: undefined,
      lastAskedAt: r.at,
    };
    g.count++;
    // Rows come oldest first, but the later row wins whatever the order: the latest wording and detail are the ones shown.
    const later = r.at >= g.lastAskedAt;
    if (later) g.lastAskedAt = r.at;
    if (r.text !== undefined && (later || g.text === undefined)) g.text = r.text;
    if (r.missing !== undefined && (later || g.missing === undefined)) g.missing = r.missing;
    for (const term of r.absent) if (!g.absent.includes(term)) g.absent.push(term);
    groups.set(r.questionKey, g);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || b.lastAskedAt - a.lastAskedAt);
}

export function notHelpfulLines(rated: readonly RatedAnswer[]): NotHelpfulLine[] {
  return rated
    .filter((r) => r.rating === 'not-helpful')
    .map((r) => ({
      answerId: r.answerId,
      ratedAt: r.at,
      question: r.answer?.text,
      outcome: r.answer?.outcome,
      paragraphs: r.answer?.paragraphs ?? [],
      lookingFor: r.lookingFor,
    }))
    .sort((a, b) => b.ratedAt - a.ratedAt);
}

/** The Monday (local date) of the week that holds `date`. */
function mondayOf(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const weekday = new Date(Date.UTC(y ?? NaN, (m ?? NaN) - 1, d ?? NaN)).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}

/**
 * The `count` weeks (Monday to Monday in `timeZone`) up to the week holding
 * the query's end, as the local date of each Monday and the instants where
 * each week starts, with one more for the end of the last.
 */
export function weekBounds(until: number, count: number, timeZone: string): { starts: string[]; instants: number[] } {
  const last = mondayOf(localDate(new Date(until - 1), timeZone));
  const starts = Array.from({ length: count }, (_, i) => addDays(last, 7 * (i - count + 1)));
  const instants = [...starts, addDays(last, 7)].map((date) => zonedTime(date, '00:00', timeZone).getTime());
  return { starts, instants };
}

/** Where `at` falls among sorted instants: the index of the interval, or -1 outside them. */
function bucket(instants: readonly number[], at: number): number {
  if (at < (instants[0] ?? Infinity) || at >= (instants.at(-1) ?? -Infinity)) return -1;
  let lo = 0;
  let hi = instants.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (at >= (instants[mid] ?? Infinity)) lo = mid;
    else hi = mid;
  }
  return lo;
}

/**
 * Questions per topic in each of the weeks up to `query.until` (and not after
 * it), for the chart; the weeks may start before `query.since`, so `rows`
 * should reach back to the first week's start.
 */
export function weeklyTopics(
  rows: readonly AskedRow[],
  topics: readonly TopicInfo[],
  query: InsightQuery,
  weeks: { count: number; timeZone: string },
): WeeklyTopics {
  const { starts, instants } = weekBounds(query.until, weeks.count, weeks.timeZone);
  const out: WeekCount[] = starts.map((start) => ({ start, total: 0, byTopic: {} }));
  const inWeeks: AskedRow[] = [];
  const within = { ...query, since: -Infinity };
  for (const r of rows) {
    if (!inQuery(r, within)) continue;
    const week = out[bucket(instants, r.at)];
    if (week === undefined) continue;
    inWeeks.push(r);
    week.total++;
    for (const id of new Set(r.topics)) week.byTopic[id] = (week.byTopic[id] ?? 0) + 1;
  }
  return { timeZone: weeks.timeZone, topics: topicCounts(inWeeks, topics), weeks: out };
}

/**
 * The refused questions' unknown words: their absent terms, and the words of
 * their kept text the declaration does not contain, each counted once per
 * question asked.
 */
export function suggestions(rows: readonly AskedRow[], unknownWords: (text: string) => readonly string[]): WordCount[] {
  const refused = rows.filter((r) => r.outcome === 'not-covered');
  return wordingSuggestions(
    refused.map((r) => ({ text: r.text, absent: r.absent, count: 1 })),
    unknownWords,
  );
}

/** The same from refused questions grouped by their text and absent terms: each group's words count as many times as it has questions. */
export function wordingSuggestions(wordings: readonly RefusedWording[], unknownWords: (text: string) => readonly string[]): WordCount[] {
  const counts = new Map<string, number>();
  for (const r of wordings) {
    const words = new Set([...r.absent, ...(r.text === undefined ? [] : unknownWords(r.text))].map((w) => w.trim().toLowerCase()).filter((w) => w !== ''));
    for (const w of words) counts.set(w, (counts.get(w) ?? 0) + r.count);
  }
  return [...counts].map(([word, count]) => ({ word, count })).sort((a, b) => b.count - a.count || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
}
