// Issue 12's store targets, side by side in one run: the same Slack load
// (Socket Mode, 20 at a time) with the embedded SQLite store and with
// PostgreSQL behind the shared state (button questions, delivery keys,
// rate-limit counts) and the highlights. Two rounds each, interleaved, so the
// machine's load falls on both alike; the better round of each is compared.
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
import { ms } from './stats.js';

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

const best = (runs: SlackBenchResult[], pick: (r: SlackBenchResult) => number): number => Math.min(...runs.map(pick));

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
    for (let round = 0; round < 2; round++) {
      runs.sqlite.push(await benchSlack({ store: sqlite, label: 'slack (SQLite store)' }));
      runs.postgres.push(await benchSlack({ store: postgres, label: 'slack (PostgreSQL store)' }));
    }
    for (const r of [runs.sqlite[1], runs.postgres[1]]) lines.push(...(r?.lines ?? []));
    const ratio = (pick: (r: SlackBenchResult) => number): string => `${((best(runs.postgres, pick) / best(runs.sqlite, pick) - 1) * 100).toFixed(1)}%`;
    lines.push(
      `stores: PostgreSQL vs SQLite, better of 2 rounds each: acknowledgement p99 ${ms(best(runs.postgres, (r) => r.ackP99))} vs ${ms(best(runs.sqlite, (r) => r.ackP99))} (target ≤ 100 ms)`,
      `stores: per question, answer median ${ms(best(runs.postgres, (r) => r.answerMedian))} vs ${ms(best(runs.sqlite, (r) => r.answerMedian))} (${ratio((r) => r.answerMedian)}); bot CPU ${ms(best(runs.postgres, (r) => r.cpuPerQuestionMs))} vs ${ms(best(runs.sqlite, (r) => r.cpuPerQuestionMs))} (${ratio((r) => r.cpuPerQuestionMs)}) (target within 10%)`,
    );
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
