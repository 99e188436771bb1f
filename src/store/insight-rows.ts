// The insights records as the rest of the code sees them, and the checked
// conversion from what either database returns.

import type { Platform } from '../highlights/ports.js';
import type { Language } from '../model.js';
import { StoreError } from './rows.js';

export type InsightOutcome = 'answered' | 'not-covered' | 'error';
export type Rating = 'helpful' | 'not-helpful';

/** One question the bot answered (or refused), as counted. */
export interface AskedRow {
  /** Random; the feedback buttons under the answer carry it. */
  id: string;
  at: number;
  platform: Platform;
  /** Whose questions these are: the Slack workspace (team id) or the Discord server (guild id); '' for direct messages and the console. */
  scope: string;
  /** The channel key (Slack: 'T…/C…' in a multi-workspace app). */
  channelId: string;
  language: Language;
  /** A keyed hash of the normalised question: the same question asked again, respaced or in traditional characters, has the same key. */
  questionKey: string;
  /** The question's text, only when INSIGHTS_KEEP_QUESTIONS is on, and only until the retention ends. */
  text: string | undefined;
  outcome: InsightOutcome;
  /** Topic ids of the paragraphs shown (or of the related reading under a refusal). */
  topics: string[];
  /** The paragraphs shown. */
  paragraphs: number[];
  /** The question's terms the declaration never mentions. */
  absent: string[];
  /** The detail asked for that the declaration does not give. */
  missing: string | undefined;
}

/** A person's rating of one answer; `rater` is a salted hash, never the user id. */
export interface RatingRow {
  answerId: string;
  rater: string;
  rating: Rating;
  /** The 'what were you looking for?' line, when given (kept like question text: until the retention ends). */
  lookingFor: string | undefined;
  at: number;
}

/** A rating with the answer it rates, for the report (`answer` is undefined when that row is gone). */
export interface RatedAnswer extends RatingRow {
  answer: AskedRow | undefined;
}

export interface RawAsked {
  id: string;
  asked_at: number;
  platform: string;
  scope: string;
  channel_id: string;
  language: string;
  question_key: string;
  question: string | null;
  outcome: string;
  topics: string;
  paragraphs: string;
  absent: string;
  missing: string | null;
}

export interface RawRating {
  answer_id: string;
  rater: string;
  rating: string;
  looking_for: string | null;
  rated_at: number;
}

const PLATFORMS: readonly Platform[] = ['slack', 'discord', 'console'];
const LANGUAGES: readonly Language[] = ['zh', 'en', 'mixed'];
const OUTCOMES: readonly InsightOutcome[] = ['answered', 'not-covered', 'error'];
const RATINGS: readonly Rating[] = ['helpful', 'not-helpful'];

function oneOf<T extends string>(value: string, options: readonly T[], what: string): T {
  if (!(options as readonly string[]).includes(value)) throw new StoreError(`unknown ${what} '${value}' in the insights records`);
  return value as T;
}

/** A JSON list from the database, checked: a bad one is a StoreError naming `what`. */
export function list<T>(text: string, what: string, is: (v: unknown) => v is T): T[] {
  // Most rows have no absent terms and many no topics: a report over a year reads 300,000 of these.
  if (text === '[]') return [];
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    throw new StoreError(`insights: ${what} is not JSON: ${text.slice(0, 80)}`);
  }
  if (!Array.isArray(value) || !value.every(is)) throw new StoreError(`insights: ${what} is not a list`);
  return value;
}

export const isString = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number';

export function toAsked(r: RawAsked): AskedRow {
  return {
    id: r.id,
    at: Number(r.asked_at),
    platform: oneOf(r.platform, PLATFORMS, 'platform'),
    scope: r.scope,
    channelId: r.channel_id,
    language: oneOf(r.language, LANGUAGES, 'language'),
    questionKey: r.question_key,
    text: r.question ?? undefined,
    outcome: oneOf(r.outcome, OUTCOMES, 'outcome'),
    topics: list(r.topics, 'topics', isString),
    paragraphs: list(r.paragraphs, 'paragraphs', isNumber),
    absent: list(r.absent, 'absent terms', isString),
    missing: r.missing ?? undefined,
  };
}

export function toRating(r: RawRating): RatingRow {
  return {
    answerId: r.answer_id,
    rater: r.rater,
    rating: oneOf(r.rating, RATINGS, 'rating'),
    lookingFor: r.looking_for ?? undefined,
    at: Number(r.rated_at),
  };
}

/** The values of an insert into insight_questions, in column order. */
export function askedValues(row: AskedRow): unknown[] {
  return [
    row.id,
    row.at,
    row.platform,
    row.scope,
    row.channelId,
    row.language,
    row.questionKey,
    row.text ?? null,
    row.outcome,
    JSON.stringify(row.topics),
    JSON.stringify(row.paragraphs),
    JSON.stringify(row.absent),
    row.missing ?? null,
  ];
}

export const ASKED_COLUMNS = 'id, asked_at, platform, scope, channel_id, language, question_key, question, outcome, topics, paragraphs, absent, missing';
/** A rating joined with its answer's row (the answer's columns prefixed q_). */
export const RATED_SELECT = `SELECT r.answer_id, r.rater, r.rating, r.looking_for, r.rated_at,
  q.id AS q_id, q.asked_at AS q_asked_at, q.platform AS q_platform, q.scope AS q_scope, q.channel_id AS q_channel_id, q.language AS q_language,
  q.question_key AS q_question_key, q.question AS q_question, q.outcome AS q_outcome, q.topics AS q_topics,
  q.paragraphs AS q_paragraphs, q.absent AS q_absent, q.missing AS q_missing
  FROM insight_ratings r LEFT JOIN insight_questions q ON q.id = r.answer_id`;

export type RawRated = RawRating & { [K in keyof RawAsked as `q_${K}`]: RawAsked[K] | null };

export function toRated(r: RawRated): RatedAnswer {
  const answer =
    r.q_id === null
      ? undefined
      : toAsked({
          id: r.q_id,
          asked_at: Number(r.q_asked_at),
          platform: r.q_platform ?? '',
          scope: r.q_scope ?? '',
          channel_id: r.q_channel_id ?? '',
          language: r.q_language ?? '',
          question_key: r.q_question_key ?? '',
          question: r.q_question,
          outcome: r.q_outcome ?? '',
          topics: r.q_topics ?? '[]',
          paragraphs: r.q_paragraphs ?? '[]',
          absent: r.q_absent ?? '[]',
          missing: r.q_missing,
        });
  return { ...toRating(r), answer };
}
