// The report's figures as the database counts them (see InsightFigures in
// store.ts), and what both dialects share in turning the counted rows into
// them. A report over a year reads tens of rows this way, not the year's
// 100,000 questions and ratings one by one.

import { isString, list } from './insight-rows.js';
import { StoreError } from './rows.js';

export interface OutcomeCounts {
  asked: number;
  answered: number;
  notCovered: number;
  errors: number;
}

/** How many questions had a topic (a question that lists it twice counts once). */
export interface TopicTally {
  id: string;
  count: number;
}

/** One question the declaration did not answer, however often and however spelt it was asked. */
export interface UnansweredQuestion {
  questionKey: string;
  count: number;
  /** The latest kept text of it; undefined unless the deployment keeps question text. */
  text: string | undefined;
  /** Every term reported absent for it, in the order they were first reported. */
  absent: string[];
  /** The detail asked for that the declaration does not give (the latest reported). */
  missing: string | undefined;
  lastAskedAt: number;
}

export interface RatingCounts {
  helpful: number;
  notHelpful: number;
}

/** The questions of one week: how many, and how many per topic id, the ids in the order the week first met them. */
export interface WeekTally {
  total: number;
  byTopic: Record<string, number>;
}

/** Refused questions with the same kept text (or none) and the same absent terms, and how many there were. */
export interface RefusedWording {
  text: string | undefined;
  absent: string[];
  count: number;
}

export function outcomeCounts(rows: readonly { outcome: string; n: number }[]): OutcomeCounts {
  const counts: OutcomeCounts = { asked: 0, answered: 0, notCovered: 0, errors: 0 };
  for (const { outcome, n } of rows) {
    const count = Number(n);
    counts.asked += count;
    // As when the rows were read one by one: anything but an answer or a refusal is a failure.
    if (outcome === 'answered') counts.answered += count;
    else if (outcome === 'not-covered') counts.notCovered += count;
    else counts.errors += count;
  }
  return counts;
}

export function ratingCounts(rows: readonly { rating: string; n: number }[]): RatingCounts {
  const count = (rating: string) => Number(rows.find((r) => r.rating === rating)?.n ?? 0);
  return { helpful: count('helpful'), notHelpful: count('not-helpful') };
}

export interface RawGroup {
  question_key: string;
  n: number;
  last_at: number;
}

/** A question key's latest kept text and latest missing detail. */
export interface RawLatest {
  question_key: string;
  text: string | null;
  missing: string | null;
}

/**
 * The groups of refused questions with their details; `terms` are each key's
 * absent terms, each once, in the order they were first reported (as the
 * database orders them).
 */
export function unansweredQuestions(
  groups: readonly RawGroup[],
  latest: readonly RawLatest[],
  terms: readonly { question_key: string; term: string }[],
): UnansweredQuestion[] {
  const absent = new Map<string, string[]>();
  for (const t of terms) absent.set(t.question_key, [...(absent.get(t.question_key) ?? []), t.term]);
  return groups.map((g) => {
    const l = latest.find((x) => x.question_key === g.question_key);
    return {
      questionKey: g.question_key,
      count: Number(g.n),
      text: l?.text ?? undefined,
      absent: absent.get(g.question_key) ?? [],
      missing: l?.missing ?? undefined,
      lastAskedAt: Number(g.last_at),
    };
  });
}

/**
 * `count` weeks from the rows of per-week totals and per-week topic counts
 * (weeks numbered from 0); each week's topics come in the order its questions
 * first named them (as the database orders them), the order they had when the
 * rows were read one by one.
 */
export function weekTallies(
  count: number,
  totals: readonly { week: number; n: number }[],
  topics: readonly { week: number; id: string; n: number }[],
): WeekTally[] {
  const weeks: WeekTally[] = Array.from({ length: count }, () => ({ total: 0, byTopic: {} }));
  const at = (week: number): WeekTally => {
    const w = weeks[Number(week)];
    if (w === undefined) throw new StoreError(`insights: week ${week} is outside the ${count} asked for`);
    return w;
  };
  for (const t of totals) at(t.week).total = Number(t.n);
  for (const t of topics) at(t.week).byTopic[t.id] = Number(t.n);
  return weeks;
}

export function refusedWording(r: { question: string | null; absent: string; n: number }): RefusedWording {
  return { text: r.question ?? undefined, absent: list(r.absent, 'absent terms', isString), count: Number(r.n) };
}
