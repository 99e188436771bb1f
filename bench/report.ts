// Issue 13's report target: `npm run report` over a year of stored activity,
// 100,000 rated questions, in under 2 s. The year is written to a temporary
// SQLite file through the store's own insights records (SqliteInsights, the
// SQL the bot runs), in transactions of 5,000 on a connection of the bench's
// with synchronous=OFF: one commit and fsync per row would take many minutes
// for what is only set-up. Then the report runs as a separate process, as
// someone would run it, and its wall time is measured: `npm run report` as
// typed (it bundles, then runs), and the bundle alone for the default last 7
// days, --json, --suggest and the whole year.
//
//   npm run bench:report [-- --questions 100000 --runs 5 --keep]

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { DEFAULT_INDEX_DIR } from '../src/create-core.js';
import { loadLibrary } from '../src/documents/load.js';
import { SqliteInsights } from '../src/store/sqlite-insights.js';
import { SqliteStore } from '../src/store/sqlite-store.js';
import type { AskedRow } from '../src/store/store.js';
import { summary } from './stats.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DAY = 86_400_000;
const YEAR = 365 * DAY;
const BATCH = 5_000;
const TARGET_MS = 2_000;
/** How long question text is kept by default (INSIGHTS_RETENTION_DAYS): older rows have none. */
const RETENTION = 90 * DAY;

/** A deterministic generator, so two runs of the bench measure the same year. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const ABSENT = ['Bitcoin', 'World Cup', 'Ukraine', 'NATO', 'Olympics', 'Tesla', '比特币', '世界杯', '乌克兰', '奥运会'];
const TEXTS = [
  'Who hosts the World Cup?',
  'SCO and Bitcoin?',
  '上合对比特币怎么看？',
  'stance on Ukraine',
  'how much is the development bank',
  '世界杯在哪里举办',
];

function questionRow(i: number, now: number, topics: readonly string[], rnd: () => number): AskedRow {
  const at = now - Math.floor(rnd() * YEAR);
  const roll = rnd();
  const outcome = roll < 0.7 ? 'answered' : roll < 0.97 ? 'not-covered' : 'error';
  // A few questions are asked very often, most rarely: the unanswered list has something to group.
  const key = Math.floor(rnd() ** 3 * 3_000);
  const refused = outcome === 'not-covered';
  return {
    id: `q${i}`,
    at,
    platform: rnd() < 0.6 ? 'slack' : 'discord',
    scope: `T${Math.floor(rnd() * 5)}`,
    channelId: `C${Math.floor(rnd() * 40)}`,
    language: rnd() < 0.5 ? 'zh' : 'en',
    questionKey: `key-${outcome}-${key}`,
    text: now - at < RETENTION && rnd() < 0.5 ? (TEXTS[key % TEXTS.length] ?? '') : undefined,
    outcome,
    topics: outcome === 'error' ? [] : [topics[Math.floor(rnd() ** 2 * topics.length)] ?? ''],
    paragraphs: outcome === 'answered' ? [1 + Math.floor(rnd() * 120), 1 + Math.floor(rnd() * 120)] : [],
    absent: refused && rnd() < 0.6 ? [ABSENT[key % ABSENT.length] ?? ''] : [],
    missing: refused && rnd() < 0.1 ? 'amount' : undefined,
  };
}

/** Writes `count` questions over the year before `now`, each rated once, through the store's insights records. */
async function fillYear(path: string, count: number, now: number): Promise<number> {
  await new SqliteStore(path).close(); // creates and migrates the file as the bot does
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const insights = new SqliteInsights(db);
  const topics = loadLibrary(DEFAULT_INDEX_DIR).documents.flatMap((d) => d.topics.map((t) => t.id));
  const rnd = random(13);
  const started = performance.now();
  for (let from = 0; from < count; from += BATCH) {
    const pending: Promise<void>[] = [];
    // better-sqlite3 is synchronous, so each record's statement runs when it is called, inside the transaction;
    // the promises only carry any error out.
    db.transaction(() => {
      for (let i = from; i < Math.min(count, from + BATCH); i++) {
        const row = questionRow(i, now, topics, rnd);
        pending.push(insights.recordQuestion(row));
        const rating = rnd() < 0.75 ? 'helpful' : 'not-helpful';
        const ratedAt = Math.min(now - 1, row.at + Math.floor(rnd() * 60_000));
        pending.push(insights.rate(row.id, `rater-${i % 997}`, rating, ratedAt));
        if (rating === 'not-helpful' && rnd() < 0.3 && now - ratedAt < RETENTION) {
          pending.push(insights.lookingFor(row.id, `rater-${i % 997}`, 'the amount and the date', ratedAt));
        }
      }
    })();
    await Promise.all(pending);
  }
  db.close();
  return performance.now() - started;
}

/** The wall time of one `npm run report` (or of its command without npm), and its output. */
function timeRun(command: string, args: readonly string[], env: NodeJS.ProcessEnv): { ms: number; stdout: string } {
  const started = performance.now();
  const run = spawnSync(command, args, { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return { ms, stdout: run.stdout };
}

function measure(label: string, runs: number, command: string, args: readonly string[], env: NodeJS.ProcessEnv): string {
  timeRun(command, args, env); // warm: tsx's cache and the file's pages, as for anyone running it twice
  const times = Array.from({ length: runs }, () => timeRun(command, args, env).ms);
  const s = summary(times);
  const verdict = s.median < TARGET_MS ? 'within' : 'OVER';
  return `report: ${label}: median ${(s.median / 1000).toFixed(2)} s, max ${(s.max / 1000).toFixed(2)} s over ${runs} runs (${verdict} the 2 s target)`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { questions: { type: 'string', default: '100000' }, runs: { type: 'string', default: '5' }, keep: { type: 'boolean', default: false } },
  });
  const count = Number(values.questions);
  const runs = Number(values.runs);
  const dir = mkdtempSync(join(tmpdir(), 'astana-bench-report-'));
  const path = join(dir, 'bot.sqlite');
  try {
    const now = Date.now();
    // Wall times depend on what else the machine runs: say how busy it was.
    console.log(
      `report: ${cpus().length} cores, load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} (1, 5, 15 min) at the start`,
    );
    const fillMs = await fillYear(path, count, now);
    console.log(`report: ${count.toLocaleString('en')} rated questions over a year written in ${(fillMs / 1000).toFixed(1)} s`);
    // Only the database from the environment: a developer's .env must not point the report elsewhere.
    const env = { ...process.env, DATABASE_PATH: path, DATABASE_URL: '', HIGHLIGHT_TIMEZONE: 'UTC' };
    const yearAgo = new Date(now - YEAR).toISOString().slice(0, 10);
    // `npm run report` bundles its own entry first (esbuild, a tenth of a second), as `npm start` bundles; the bundle alone is what a second run of the same code costs.
    console.log(measure('npm run report (bundle, then the last 7 days)', runs, 'npm', ['run', '-s', 'report'], env));
    const bundle = (...args: string[]) => [process.execPath, ['--max-semi-space-size=8', 'dist/report.js', ...args]] as const;
    console.log(measure('node dist/report.js (the last 7 days)', runs, ...bundle(), env));
    console.log(measure('node dist/report.js --json', runs, ...bundle('--json'), env));
    console.log(measure('node dist/report.js --suggest', runs, ...bundle('--suggest'), env));
    console.log(measure(`node dist/report.js --since ${yearAgo} (the whole year)`, runs, ...bundle('--since', yearAgo), env));
    const sample = timeRun(...bundle('--json'), env).stdout;
    const parsed = JSON.parse(sample) as { questions: { asked: number }; ratings: { helpful: number; notHelpful: number } };
    console.log(
      `report: load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} at the end`,
    );
    console.log(`report: last 7 days held ${parsed.questions.asked} questions and ${parsed.ratings.helpful + parsed.ratings.notHelpful} ratings`);
  } finally {
    // --keep leaves the year's database for a closer look (DATABASE_PATH=… npm run report).
    if (values.keep) console.log(`report: the database is kept at ${path}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

await main();
