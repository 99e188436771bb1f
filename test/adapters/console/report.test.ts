// `npm run report` end to end: a temporary SQLite file written through the
// store, the command run as a process on it, as the bot's operator runs it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../../src/store/sqlite-store.js';
import { asked, DAY, MONDAY } from '../../src/insights/rows.js';

const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));
const script = fileURLToPath(new URL('../../../adapters/console/report.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'astana-report-'));
const path = join(dir, 'bot.sqlite');
const WEEK = ['--since', '2024-06-03', '--until', '2024-06-09'];

beforeAll(async () => {
  const store = new SqliteStore(path);
  const rows = [
    asked('before', MONDAY - 1, { outcome: 'not-covered', questionKey: 'bitcoin' }),
    asked('b1', MONDAY, { outcome: 'not-covered', questionKey: 'bitcoin', absent: ['Bitcoin'], text: 'Bitcoin mining?' }),
    asked('b2', MONDAY + DAY, { outcome: 'not-covered', questionKey: 'bitcoin', absent: ['Bitcoin'] }),
    asked('w1', MONDAY + DAY, { outcome: 'not-covered', questionKey: 'worldcup', text: '世界杯在哪里举办？' }),
    asked('a1', MONDAY + 2 * DAY, { topics: ['drugs'], paragraphs: [44] }),
    asked('d1', MONDAY + 2 * DAY, { platform: 'discord', scope: 'G1', topics: ['drugs'] }),
    asked('last', MONDAY + 7 * DAY - 1, { outcome: 'error' }),
  ];
  for (const row of rows) await store.insights.recordQuestion(row);
  await store.insights.rate('a1', 'r1', 'helpful', MONDAY + 3 * DAY);
  await store.insights.lookingFor('a1', 'r2', 'the amount of the fund', MONDAY + 3 * DAY);
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the report in the temporary folder (so no .env is read) on the temporary database. */
function report(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const env = { PATH: process.env.PATH, HOME: dir, DATABASE_PATH: path };
  return spawnSync(tsx, [script, ...args], { cwd: dir, env, encoding: 'utf8', timeout: 60_000 });
}

describe('npm run report', () => {
  it('prints the period as one JSON object with --json', () => {
    const run = report([...WEEK, '--json']);
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(out).toMatchObject({
      since: '2024-06-03T00:00:00.000Z',
      until: '2024-06-10T00:00:00.000Z',
      timeZone: 'UTC',
      questions: { asked: 6, answered: 2, notCovered: 3, errors: 1 },
      topTopics: [{ id: 'drugs', count: 2 }],
      unansweredTotal: 2,
      ratings: { helpful: 1, notHelpful: 1 },
      notHelpful: [{ answerId: 'a1', lookingFor: 'the amount of the fund', paragraphs: [44] }],
    });
    expect(out['unanswered']).toMatchObject([
      { questionKey: 'bitcoin', count: 2, text: 'Bitcoin mining?', absent: ['Bitcoin'] },
      { questionKey: 'worldcup', count: 1 },
    ]);
    expect(out['suggestions']).toBeUndefined();
  });

  it('keeps to one platform and scope', () => {
    const out = JSON.parse(report([...WEEK, '--json', '--platform', 'discord', '--scope', 'G1']).stdout) as { questions: { asked: number } };
    expect(out.questions.asked).toBe(1);
  });

  it('prints a report a person can read', () => {
    const run = report(WEEK);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Insights from 2024-06-03 to 2024-06-09 (UTC), all platforms');
    expect(run.stdout).toContain('Questions asked: 6 (2 answered, 3 not covered by the declaration, 1 failed)');
    expect(run.stdout).toMatch(/2 {2}(Drugs|禁毒).*/u);
    expect(run.stdout).toContain('2×  "Bitcoin mining?" — not mentioned: Bitcoin');
    expect(run.stdout).toContain('Ratings: 1 helpful, 1 not helpful');
    expect(run.stdout).toContain('looking for: the amount of the fund');
    expect(run.stdout).toContain('2024-06-03  6');
  });

  it('lists the refused questions’ unknown words with --suggest', () => {
    const run = report([...WEEK, '--suggest']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^ {2}2 {2}bitcoin$/mu);
    expect(run.stdout).toMatch(/^ {2}1 {2}mining$/mu);
    expect(run.stdout).toMatch(/^ {2}1 {2}世界杯$/mu);
  });

  it.each([
    [['--since', '2024-02-30'], '--since must be a date written YYYY-MM-DD'],
    [['--sinse', '2024-06-01'], "Unknown option '--sinse'"],
  ])('refuses %j with exit code 2, naming the argument (the rest in report-args.test.ts)', (args, message) => {
    const run = report(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stdout).toBe('');
  });
});
