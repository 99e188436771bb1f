// Versioned schema changes, applied in order at start by both implementations.
// A database newer than the program is refused rather than misread. Each
// migration is written once per dialect and never edited after release: a
// change is a new migration.

import { StoreError } from './rows.js';

export interface Migration {
  version: number;
  /** What it changes, for the log. */
  description: string;
  sqlite: string;
  postgres: string;
}

/**
 * One text for both dialects where only the types differ: {MS} is an epoch
 * millisecond (SQLite's INTEGER is 64-bit; PostgreSQL's INTEGER is not), {ROW_ID}
 * a growing row id.
 */
function bothDialects(sql: string): Pick<Migration, 'sqlite' | 'postgres'> {
  return {
    sqlite: sql.replaceAll('{MS}', 'INTEGER').replaceAll('{ROW_ID}', 'INTEGER PRIMARY KEY AUTOINCREMENT'),
    postgres: sql.replaceAll('{MS}', 'BIGINT').replaceAll('{ROW_ID}', 'BIGSERIAL PRIMARY KEY'),
  };
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'subscriptions, rotations and the post ledger',
    ...bothDialects(`
      CREATE TABLE IF NOT EXISTS subscriptions (
        platform TEXT NOT NULL,
        channel_id TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('active', 'paused', 'unsubscribed')),
        time TEXT NOT NULL,
        time_zone TEXT NOT NULL,
        seed {MS} NOT NULL,
        active_from {MS} NOT NULL,
        paused_reason TEXT,
        language TEXT NOT NULL DEFAULT 'en',
        updated_at {MS} NOT NULL,
        PRIMARY KEY (platform, channel_id)
      );
      CREATE TABLE IF NOT EXISTS rotations (
        platform TEXT NOT NULL,
        channel_id TEXT NOT NULL,
        cycle INTEGER NOT NULL,
        items TEXT NOT NULL,
        created_at {MS} NOT NULL,
        PRIMARY KEY (platform, channel_id, cycle)
      );
      CREATE TABLE IF NOT EXISTS posts (
        id {ROW_ID},
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
        next_attempt_at {MS},
        last_error TEXT,
        created_at {MS} NOT NULL,
        sent_at {MS},
        UNIQUE (platform, channel_id, local_date)
      );`),
  },
  {
    version: 2,
    description: 'claims on pending posts, so one instance sends each',
    ...bothDialects(`
      ALTER TABLE posts ADD COLUMN claimed_by TEXT;
      ALTER TABLE posts ADD COLUMN claimed_until {MS};`),
  },
  {
    version: 3,
    description: 'shared state of several instances: button queries, delivery keys, rate-limit counts',
    // SQLite serves one process, which keeps these in memory (src/store/memory-shared.ts).
    sqlite: '',
    postgres: `
      CREATE TABLE queries (
        key TEXT PRIMARY KEY,
        query TEXT NOT NULL,
        used_at BIGINT NOT NULL
      );
      CREATE INDEX queries_used_at ON queries (used_at);
      CREATE TABLE deliveries (
        key TEXT PRIMARY KEY,
        expires_at BIGINT NOT NULL
      );
      CREATE INDEX deliveries_expires_at ON deliveries (expires_at);
      CREATE TABLE rate_windows (
        user_key TEXT PRIMARY KEY,
        started_at BIGINT NOT NULL,
        count INTEGER NOT NULL
      );
      CREATE INDEX rate_windows_started_at ON rate_windows (started_at);`,
  },
  {
    version: 4,
    description: 'Slack installations of a multi-workspace app',
    ...bothDialects(`
      CREATE TABLE slack_installations (
        workspace TEXT PRIMARY KEY,
        installation TEXT NOT NULL,
        installed_at {MS} NOT NULL
      );`),
  },
  {
    version: 5,
    description: 'insights: questions asked, ratings, and the weekly digest (its own subscriptions and post ledger)',
    // The digest's ledger has the highlights' shape (src/store/ledger-tables.ts);
    // its subscriptions' time is '<weekday> HH:MM' ('Mon 09:00'); its rotations stay empty.
    ...bothDialects(`
      CREATE TABLE insight_questions (
        id TEXT PRIMARY KEY,
        asked_at {MS} NOT NULL,
        platform TEXT NOT NULL,
        scope TEXT NOT NULL,
        channel_id TEXT NOT NULL,
        language TEXT NOT NULL,
        question_key TEXT NOT NULL,
        question TEXT,
        outcome TEXT NOT NULL CHECK (outcome IN ('answered', 'not-covered', 'error')),
        topics TEXT NOT NULL,
        paragraphs TEXT NOT NULL,
        absent TEXT NOT NULL,
        missing TEXT
      );
      CREATE INDEX insight_questions_asked_at ON insight_questions (asked_at);
      CREATE INDEX insight_questions_channel ON insight_questions (platform, channel_id);
      CREATE INDEX insight_questions_scope ON insight_questions (platform, scope, asked_at);
      CREATE TABLE insight_ratings (
        answer_id TEXT NOT NULL,
        rater TEXT NOT NULL,
        rating TEXT NOT NULL CHECK (rating IN ('helpful', 'not-helpful')),
        looking_for TEXT,
        rated_at {MS} NOT NULL,
        PRIMARY KEY (answer_id, rater)
      );
      CREATE INDEX insight_ratings_rated_at ON insight_ratings (rated_at);
      CREATE TABLE digest_subscriptions (
        platform TEXT NOT NULL,
        channel_id TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('active', 'paused', 'unsubscribed')),
        time TEXT NOT NULL,
        time_zone TEXT NOT NULL,
        seed {MS} NOT NULL,
        active_from {MS} NOT NULL,
        paused_reason TEXT,
        language TEXT NOT NULL DEFAULT 'en',
        updated_at {MS} NOT NULL,
        PRIMARY KEY (platform, channel_id)
      );
      CREATE TABLE digest_rotations (
        platform TEXT NOT NULL,
        channel_id TEXT NOT NULL,
        cycle INTEGER NOT NULL,
        items TEXT NOT NULL,
        created_at {MS} NOT NULL,
        PRIMARY KEY (platform, channel_id, cycle)
      );
      CREATE TABLE digest_posts (
        id {ROW_ID},
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
        next_attempt_at {MS},
        last_error TEXT,
        created_at {MS} NOT NULL,
        sent_at {MS},
        claimed_by TEXT,
        claimed_until {MS},
        UNIQUE (platform, channel_id, local_date)
      );`),
  },
  {
    version: 6,
    description: 'insights: covering indexes for the report, so its figures are counted from index entries',
    // The report counts a period's questions by outcome, topic and question key,
    // and its ratings by rating (store.ts, InsightFigures): with every column it
    // reads in the index, a year is one range of the index and no table row is
    // looked up (in SQLite, over 100,000 questions: the counts by outcome in a
    // quarter of the time, by rating in an eighth). Each new index starts with
    // the instant, so it serves every range the index on the instant alone
    // served, which goes. The index on question key finds the latest text and
    // the absent terms of the most asked refused questions.
    ...bothDialects(`
      CREATE INDEX insight_questions_report ON insight_questions (asked_at, platform, scope, outcome, question_key, topics);
      DROP INDEX insight_questions_asked_at;
      CREATE INDEX insight_questions_key ON insight_questions (question_key, asked_at);
      CREATE INDEX insight_ratings_report ON insight_ratings (rated_at, rating, answer_id);
      DROP INDEX insight_ratings_rated_at;`),
  },
];

export const LATEST_VERSION = MIGRATIONS.at(-1)?.version ?? 0;

/** The migrations still to apply to a database at `version`; throws when it is newer than this program. */
export function pending(version: number, where: string): Migration[] {
  if (version > LATEST_VERSION) {
    throw new StoreError(`${where} has schema version ${version}, newer than this program's ${LATEST_VERSION}; upgrade the bot`);
  }
  return MIGRATIONS.filter((m) => m.version > version);
}
