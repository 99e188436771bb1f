// The one storage interface, with two implementations: SQLite (the embedded
// default, one process) and PostgreSQL (shared by several instances). Every
// method is asynchronous, so neither implementation can stop the event loop
// while it waits for the database. One contract suite (test/src/store/) runs
// against both.

import type { ChannelKey } from '../highlights/ports.js';
import type { OutcomeCounts, RatingCounts, RefusedWording, TopicTally, UnansweredQuestion, WeekTally } from './insight-figures.js';
import type { AskedRow, RatedAnswer, Rating, RatingRow } from './insight-rows.js';
import type { NewPost, PostRow, SubscriptionRow } from './rows.js';

export type { NewPost, PostRow, SubscriptionRow } from './rows.js';
export type { AskedRow, InsightOutcome, RatedAnswer, Rating, RatingRow } from './insight-rows.js';
export type { OutcomeCounts, RatingCounts, RefusedWording, TopicTally, UnansweredQuestion, WeekTally } from './insight-figures.js';

/** Subscriptions, each channel's stored rotation, and the post ledger. */
export interface HighlightStore {
  subscription(channel: ChannelKey): Promise<SubscriptionRow | undefined>;
  activeSubscriptions(): Promise<SubscriptionRow[]>;
  saveSubscription(s: SubscriptionRow, now: number): Promise<void>;
  rotation(channel: ChannelKey, cycle: number): Promise<string[] | undefined>;
  /** Keeps the first order stored for a cycle: a second writer loses. */
  saveRotation(channel: ChannelKey, cycle: number, items: readonly string[], now: number): Promise<void>;
  post(channel: ChannelKey, localDate: string): Promise<PostRow | undefined>;
  /** The latest post that took its place in the rotation (failed days did not). */
  lastCountedPost(channel: ChannelKey): Promise<PostRow | undefined>;
  pendingPosts(channel: ChannelKey): Promise<PostRow[]>;
  posts(channel: ChannelKey): Promise<PostRow[]>;
  /**
   * Records the intent to post, claimed by `claim.owner` until `claim.until`;
   * false when that day already has a post (whoever recorded it).
   */
  insertPending(channel: ChannelKey, post: NewPost, now: number, claim: Claim): Promise<boolean>;
  /**
   * Claims a pending post for sending: true for exactly one caller while the
   * claim lasts, whatever the number of instances. A claim ends when the post
   * is marked, or when it expires (its owner crashed): the next claimant looks
   * in the channel before sending again.
   */
  claimPost(channel: ChannelKey, localDate: string, now: number, claim: Claim): Promise<boolean>;
  markSent(channel: ChannelKey, localDate: string, now: number): Promise<void>;
  markFailed(channel: ChannelKey, localDate: string, error: string): Promise<void>;
  scheduleRetry(channel: ChannelKey, localDate: string, at: number, error: string): Promise<void>;
  /** In one transaction: forgets the day's post (nothing reached the channel) and pauses the subscription. */
  pauseChannel(channel: ChannelKey, localDate: string, reason: string, now: number): Promise<void>;
}

export interface Claim {
  /** Which instance holds it (for the log and for inspection). */
  owner: string;
  /** Epoch ms after which another instance may take the post over. */
  until: number;
}

/**
 * What the chat adapters share between instances: the questions behind
 * 'more results' buttons, delivery de-duplication and per-user rate limits.
 */
export interface SharedRecords {
  /** Keeps `query` under `key` (the same key for the same query). */
  saveQuery(key: string, query: string, now: number): Promise<void>;
  query(key: string): Promise<string | undefined>;
  /**
   * True for exactly one caller per key set within `ttlMs` (the first to
   * record any of the keys); every key is remembered.
   */
  firstDelivery(keys: readonly string[], now: number, ttlMs: number): Promise<boolean>;
  /**
   * Counts a question by `user` in a sliding window of `windowMs`: 'allow'
   * (counted) while under `limit`, then 'refuse-and-tell' once per window,
   * then 'refuse-quietly'.
   */
  countQuestion(user: string, now: number, windowMs: number, limit: number): Promise<RateDecision>;
}

export type RateDecision = 'allow' | 'refuse-and-tell' | 'refuse-quietly';

/**
 * Slack installations of a multi-workspace app (the OAuth install flow): one
 * per workspace, kept as the JSON @slack/oauth gives, so any instance can
 * answer any workspace.
 */
export interface InstallationRecords {
  save(workspace: string, installation: string, now: number): Promise<void>;
  fetch(workspace: string): Promise<string | undefined>;
  delete(workspace: string): Promise<void>;
}

/** A time range in epoch ms: `since` included, `until` excluded. */
export interface Period {
  since: number;
  until: number;
}

/** A period, and optionally whose questions: one platform, one workspace or server of it. */
export interface InsightQuery extends Period {
  platform?: string;
  scope?: string;
}

/**
 * The report's figures, counted by the database: a report over a year reads a
 * few hundred rows, not every question and rating kept (issue 13). Each
 * counts what `questions()` and `ratings()` would list for the same query, so
 * a report made of these is the report made of those rows.
 */
export interface InsightFigures {
  /** The questions of the query, by outcome. */
  outcomeCounts(query: InsightQuery): Promise<OutcomeCounts>;
  /** Questions per topic id, in no particular order; a question counts once under each of its topics. */
  topicCounts(query: InsightQuery): Promise<TopicTally[]>;
  /**
   * The refused questions grouped by question key: most asked first, then most
   * recently asked, then first asked; at most `limit`, and how many groups
   * there are in all.
   */
  unanswered(query: InsightQuery, limit: number): Promise<{ top: UnansweredQuestion[]; total: number }>;
  /** The ratings given in the period (of the platform and scope, when given, by their answer's row). */
  ratingCounts(query: InsightQuery): Promise<RatingCounts>;
  /** The 'not helpful' ratings of `ratings()`, newest first, at most `limit`. */
  notHelpful(query: InsightQuery, limit: number): Promise<RatedAnswer[]>;
  /**
   * The questions of the query in each interval from one of `bounds` (sorted
   * epoch ms) to the next: as many weeks as bounds less one, whatever the
   * intervals' lengths, so weeks of any time zone are counted exactly.
   */
  weekCounts(query: InsightQuery, bounds: readonly number[]): Promise<WeekTally[]>;
  /** The refused questions' kept text and absent terms, each distinct pair with how many questions had it (for --suggest). */
  refusedWordings(query: InsightQuery): Promise<RefusedWording[]>;
}

/**
 * What the insights keep: each question answered or refused (counted; its text
 * only when the deployment keeps it), and each person's rating of an answer.
 */
export interface InsightRecords extends InsightFigures {
  /**
   * The secret that keys the hashes of raters and questions: made once, at
   * random, and kept in the database, so every instance hashes alike and no
   * setting has to hold it.
   */
  salt(): Promise<string>;
  recordQuestion(row: AskedRow): Promise<void>;
  /** The same for several rows, in one statement where the database allows: all or none. */
  recordQuestions(rows: readonly AskedRow[]): Promise<void>;
  question(id: string): Promise<AskedRow | undefined>;
  /** The questions asked in the period (of the platform and scope, when given), oldest first. */
  questions(query: InsightQuery): Promise<AskedRow[]>;
  /** One rating per person and answer: a second rating replaces the first (and keeps its 'looking for' line). */
  rate(answerId: string, rater: string, rating: Rating, at: number): Promise<void>;
  /** The 'what were you looking for?' line, on that person's rating (recorded as not helpful if there was none). */
  lookingFor(answerId: string, rater: string, text: string, at: number): Promise<void>;
  rating(answerId: string, rater: string): Promise<RatingRow | undefined>;
  /** The ratings given in the period, each with its answer's row (of the platform and scope, when given). */
  ratings(query: InsightQuery): Promise<RatedAnswer[]>;
  /** Forgets question text and 'looking for' lines older than `before`; the counts stay. Returns how many texts went. */
  forgetTextBefore(before: number): Promise<number>;
  /** Deletes every question and rating kept for a channel. Returns how many questions went. */
  deleteChannel(platform: string, channelId: string): Promise<number>;
}

export type StoreKind = 'sqlite' | 'postgres';

export interface Store {
  readonly kind: StoreKind;
  /** Where it lives, without any password: for the log and for error messages. */
  readonly description: string;
  readonly highlights: HighlightStore;
  readonly shared: SharedRecords;
  readonly installations: InstallationRecords;
  readonly insights: InsightRecords;
  /** The weekly insights digest's subscriptions and post ledger: the highlights' records, in tables of their own. */
  readonly digests: HighlightStore;
  /** Resolves when the database answers (for /readyz). */
  ping(): Promise<void>;
  /** The schema version the migrations brought the database to. */
  schemaVersion(): Promise<number>;
  close(): Promise<void>;
}
