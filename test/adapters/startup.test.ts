// The bot's own entry point, run as a process: a database it cannot use stops
// it with a message that names DATABASE_PATH and the file.

import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { explainDatabaseError } from '../../adapters/startup-errors.js';

const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
const main = fileURLToPath(new URL('../../adapters/main.ts', import.meta.url));
// A folder of its own: no .env is read from it, and the test's files live there.
const dir = mkdtempSync(join(tmpdir(), 'astana-startup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function start(databasePath: string, databaseUrl?: string): { status: number | null; stderr: string } {
  const run = spawnSync(tsx, [main], {
    cwd: dir,
    input: '',
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: dir, DATABASE_PATH: databasePath, ...(databaseUrl === undefined ? {} : { DATABASE_URL: databaseUrl }) },
    timeout: 60_000,
  });
  return { status: run.status, stderr: run.stderr };
}

describe('starting with a database the bot cannot use', () => {
  it('names DATABASE_URL, without its password, when PostgreSQL cannot be reached', () => {
    // Port 1 on loopback: nothing listens there.
    const { status, stderr } = start(join(dir, 'unused.sqlite'), 'postgres://bot:s3cret-pw@127.0.0.1:1/astana');
    expect({
      status,
      variable: stderr.includes('DATABASE_URL'),
      where: stderr.includes('postgres://bot:***@127.0.0.1:1/astana'),
      leak: stderr.includes('s3cret-pw'),
    }).toEqual({
      status: 1,
      variable: true,
      where: true,
      leak: false,
    });
  });

  it('names DATABASE_PATH and the file when the file is not a database', () => {
    const file = join(dir, 'notes.txt');
    writeFileSync(file, 'these are my notes, not a database\n'.repeat(200));
    const { status, stderr } = start(file);
    expect({ status, variable: stderr.includes('DATABASE_PATH'), file: stderr.includes(file), why: stderr.includes('not an SQLite database') }).toEqual({
      status: 1,
      variable: true,
      file: true,
      why: true,
    });
  });

  it('names DATABASE_PATH and the folder when the path is a folder', () => {
    const { status, stderr } = start(dir);
    expect({ status, variable: stderr.includes('DATABASE_PATH'), file: stderr.includes(dir), why: stderr.includes('must name a file') }).toEqual({
      status: 1,
      variable: true,
      file: true,
      why: true,
    });
  });

  it('names DATABASE_PATH and the file when another process holds the database locked', () => {
    const file = join(dir, 'locked.sqlite');
    const other = new Database(file);
    other.pragma('journal_mode = DELETE');
    other.exec('CREATE TABLE t (x); BEGIN EXCLUSIVE; INSERT INTO t VALUES (1);');
    try {
      const { status, stderr } = start(file);
      expect({ status, variable: stderr.includes('DATABASE_PATH'), file: stderr.includes(file), why: stderr.includes('locked by another program') }).toEqual({
        status: 1,
        variable: true,
        file: true,
        why: true,
      });
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
  });
});

describe('explainDatabaseError', () => {
  it('names DATABASE_PATH and the file for a read-only database (root cannot be refused one here, so the error is made)', () => {
    const error = new Database.SqliteError('attempt to write a readonly database', 'SQLITE_READONLY_DBMOVED');
    const explained = explainDatabaseError(error, 'data/bot.sqlite');
    expect(explained?.message).toMatch(
      new RegExp(`^DATABASE_PATH \\(data/bot\\.sqlite\\): ${resolve('data/bot.sqlite').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} is read-only`, 'u'),
    );
  });

  it('leaves other errors alone', () => {
    expect(explainDatabaseError(new Error('index/ is missing'), 'data/bot.sqlite')).toBeUndefined();
  });
});
