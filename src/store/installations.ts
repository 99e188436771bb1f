// Slack installations in either database: one row per workspace, replaced on
// each new install (a reinstall brings a new token).

import type Database from 'better-sqlite3';
import type { Pool } from 'pg';
import type { InstallationRecords } from './store.js';

export class SqliteInstallations implements InstallationRecords {
  constructor(private readonly db: Database.Database) {}

  async save(workspace: string, installation: string, now: number): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO slack_installations (workspace, installation, installed_at) VALUES (?, ?, ?)
         ON CONFLICT (workspace) DO UPDATE SET installation = excluded.installation, installed_at = excluded.installed_at`,
      )
      .run(workspace, installation, now);
  }

  async fetch(workspace: string): Promise<string | undefined> {
    const row = this.db.prepare('SELECT installation FROM slack_installations WHERE workspace = ?').get(workspace) as { installation: string } | undefined;
    return row?.installation;
  }

  async delete(workspace: string): Promise<void> {
    this.db.prepare('DELETE FROM slack_installations WHERE workspace = ?').run(workspace);
  }
}

export class PostgresInstallations implements InstallationRecords {
  constructor(private readonly pool: Pool) {}

  async save(workspace: string, installation: string, now: number): Promise<void> {
    await this.pool.query(
      `INSERT INTO slack_installations (workspace, installation, installed_at) VALUES ($1, $2, $3)
       ON CONFLICT (workspace) DO UPDATE SET installation = excluded.installation, installed_at = excluded.installed_at`,
      [workspace, installation, now],
    );
  }

  async fetch(workspace: string): Promise<string | undefined> {
    const { rows } = await this.pool.query<{ installation: string }>('SELECT installation FROM slack_installations WHERE workspace = $1', [workspace]);
    return rows[0]?.installation;
  }

  async delete(workspace: string): Promise<void> {
    await this.pool.query('DELETE FROM slack_installations WHERE workspace = $1', [workspace]);
  }
}
