// The embedded store: one SQLite file for the highlight records; the state the
// chat adapters share lives in this process's memory, because with SQLite there
// is one process. Questions never touch the database, so a locked file cannot
// slow an answer.

import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { SqliteInstallations } from './installations.js';
import { MemoryShared } from './memory-shared.js';
import { pending } from './migrations.js';
import { DIGEST_TABLES } from './ledger-tables.js';
import { SqliteHighlights } from './sqlite-highlights.js';
import { SqliteInsights } from './sqlite-insights.js';
import type { Store } from './store.js';

/**
 * How long one statement waits for another connection's lock before SQLITE_BUSY:
 * not at all. The wait is synchronous, so every millisecond of it stops the bot;
 * with 50 ms and 50 highlight commands retrying, Slack acknowledgements took
 * over a second (bench/slack.ts --locked-database). Retries wait asynchronously instead.
 */
export const BUSY_TIMEOUT_MS = 0;

export class SqliteStore implements Store {
  readonly kind = 'sqlite';
  readonly highlights: SqliteHighlights;
  readonly installations: SqliteInstallations;
  readonly insights: SqliteInsights;
  readonly digests: SqliteHighlights;
  readonly shared = new MemoryShared();
  private readonly db: Database.Database;

  /** Opens (creating the file and its folder if missing) and migrates. */
  constructor(readonly description: string) {
    const path = description;
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    try {
      this.db.pragma('journal_mode = WAL');
      this.db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
      migrate(this.db, path);
    } catch (error) {
      this.db.close();
      throw error;
    }
    this.highlights = new SqliteHighlights(this.db);
    this.installations = new SqliteInstallations(this.db);
    this.insights = new SqliteInsights(this.db);
    this.digests = new SqliteHighlights(this.db, DIGEST_TABLES);
  }

  async ping(): Promise<void> {
    this.db.prepare('SELECT 1').get();
  }

  async schemaVersion(): Promise<number> {
    return currentVersion(this.db);
  }

  /** A consistent copy of the database while it is in use (SQLite online backup). */
  async backup(path: string): Promise<void> {
    mkdirSync(dirname(path), { recursive: true });
    await this.db.backup(path);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

function currentVersion(db: Database.Database): number {
  db.exec('CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
  const row = db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get() as { value: string } | undefined;
  return row === undefined ? 0 : Number(row.value);
}

/** Applies each pending migration in its own transaction, recording its version with it. */
function migrate(db: Database.Database, path: string): void {
  for (const migration of pending(currentVersion(db), path)) {
    db.transaction(() => {
      if (migration.sqlite !== '') db.exec(migration.sqlite);
      db.prepare("INSERT INTO meta (key, value) VALUES ('schema_version', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(
        String(migration.version),
      );
    })();
  }
}
