// Issue 12's store targets, side by side in one run: the same Slack load
// (Socket Mode, 20 at a time) with the embedded SQLite store and with
// PostgreSQL behind the shared state (button questions, delivery keys,
// rate-limit counts) and the highlights. After one unmeasured run of each,
// rounds are interleaved in pairs, the order flipped each pair (S P, P S, …),
// so the machine's load and the warming of shared code fall on both alike. A
// shared machine moves a run's CPU by ±30%, more than the 10% target, so each
// figure is the median of the rounds with its range, and the CPU comparison
// is also given as the median of the pairs' own ratios (each pair ran side by
// side in time).
// PostgreSQL: BENCH_DATABASE_URL, or a throwaway cluster started here.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { PostgresStore } from '../src/store/postgres-store.js';
import { SqliteStore } from '../src/store/sqlite-store.js';
import type { Store } from '../src/store/store.js';
import { benchSlack, type SlackBenchResult } from './slack.js';
import { ms, percentile } from './stats.js';

const SCRIPT = fileURLToPath(new URL('../scripts/postgres-throwaway.sh', import.meta.url));

async function postgresUrl(): Promise<{ url: string; stop: () => void }> {
  const given = process.env.BENCH_DATABASE_URL;
  if (given !== undefined && given !== '') return { url: given, stop: () => undefined };
  const [server = '', dir = ''] = execFileSync('bash', [SCRIPT, 'start'], { encoding: 'utf8' }).trim().split(' ');
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query('CREATE DATABASE astana_bench');
  await admin.end();
  const url = new URL(server);
  url.pathname = '/astana_bench';
  return { url: url.toString(), stop: () => execFileSync('bash', [SCRIPT, 'stop', dir]) };
}

/** Interleaved pairs; BENCH_STORE_ROUNDS to change. */
const ROUNDS = Number(process.env.BENCH_STORE_ROUNDS ?? 5);

type Pick = (r: SlackBenchResult) => number;

const median = (values: readonly number[]): number =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
const percent = (ratio: number): string => `${((ratio - 1) * 100).toFixed(1)}%`;

/** Median of the rounds, with their range: '3.290 ms (3.101–3.512)'. */
function spread(runs: readonly SlackBenchResult[], pick: Pick): string {
  const values = runs.map(pick);
  return `${ms(median(values))} (${Math.min(...values).toFixed(3)}–${Math.max(...values).toFixed(3)})`;
}

/** PostgreSQL over SQLite, each pair's own ratio: the median and the range. */
function pairRatios(runs: { sqlite: SlackBenchResult[]; postgres: SlackBenchResult[] }, pick: Pick): string {
  const ratios = runs.postgres.flatMap((p, i) => {
    const s = runs.sqlite[i];
    return s === undefined ? [] : [pick(p) / pick(s)];
  });
  return `${percent(median(ratios))} (pairs ${ratios.map(percent).join(', ')})`;
}

function compare(runs: { sqlite: SlackBenchResult[]; postgres: SlackBenchResult[] }): string[] {
  const ratio = (pick: Pick): string => percent(median(runs.postgres.map(pick)) / median(runs.sqlite.map(pick)));
  const cpu: Pick = (r) => r.cpuPerQuestionMs;
  const answer: Pick = (r) => r.answerMedian;
  const ack: Pick = (r) => r.ackP99;
  return [
    `stores: PostgreSQL vs SQLite, median of ${ROUNDS} interleaved rounds each (range): acknowledgement p99 ${spread(runs.postgres, ack)} vs ${spread(runs.sqlite, ack)} (target ≤ 100 ms)`,
    `stores: per question, answer median ${spread(runs.postgres, answer)} vs ${spread(runs.sqlite, answer)} (${ratio(answer)})`,
    `stores: per question, bot CPU ${spread(runs.postgres, cpu)} vs ${spread(runs.sqlite, cpu)} (${ratio(cpu)}); pair by pair ${pairRatios(runs, cpu)} (target within 10%)`,
    `stores: bot CPU per question by round, PostgreSQL ${runs.postgres.map((r) => r.cpuPerQuestionMs.toFixed(3)).join(', ')}; SQLite ${runs.sqlite.map((r) => r.cpuPerQuestionMs.toFixed(3)).join(', ')}`,
  ];
}

export async function benchStores(): Promise<string[]> {
  let server: { url: string; stop: () => void };
  try {
    server = await postgresUrl();
  } catch (error) {
    return [`stores: PostgreSQL not available, comparison skipped (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`];
  }
  const dir = mkdtempSync(join(tmpdir(), 'astana-bench-stores-'));
  const sqlite: Store = new SqliteStore(join(dir, 'bot.sqlite'));
  const postgres: Store = await PostgresStore.open({ url: server.url });
  const lines: string[] = [];
  const runs = { sqlite: [] as SlackBenchResult[], postgres: [] as SlackBenchResult[] };
  try {
    // Unmeasured: the first run of a process compiles the whole bot (the first
    // pair's SQLite round cost half again as much), and pg's code wants warming too.
    for (const store of [sqlite, postgres]) await benchSlack({ store, label: 'warm-up' });
    for (let round = 0; round < ROUNDS; round++) {
      const runSqlite = async (): Promise<void> => void runs.sqlite.push(await benchSlack({ store: sqlite, label: 'slack (SQLite store)' }));
      const runPostgres = async (): Promise<void> => void runs.postgres.push(await benchSlack({ store: postgres, label: 'slack (PostgreSQL store)' }));
      for (const run of round % 2 === 0 ? [runSqlite, runPostgres] : [runPostgres, runSqlite]) await run();
    }
    for (const r of [runs.sqlite.at(-1), runs.postgres.at(-1)]) lines.push(...(r?.lines ?? []));
    lines.push(...compare(runs));
  } finally {
    await sqlite.close();
    await postgres.close();
    rmSync(dir, { recursive: true, force: true });
    server.stop();
  }
  return lines;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const line of await benchStores()) console.log(line);
}
