// Slack timings: slash command sent → acknowledgement received, and → answer
// posted to its response_url; the real Bolt app and the real core against the
// Slack double on loopback. Targets: ack p99 ≤ 100 ms, answer p99 ≤ 300 ms,
// none lost. With `lockedDatabase`, the load process also holds the highlight
// database's write lock throughout, and every fourth command is a highlight
// subscribe: acknowledgements must not suffer (issue 11: p99 ≤ 100 ms).
//
// The double and the load run in a child process, as Slack runs elsewhere:
// in the same process their work would queue behind the app's on one event
// loop and be counted as the app's latency.

import Database from 'better-sqlite3';
import { fork } from 'node:child_process';
import { startedBotCore } from './bot-core.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLogger } from '../adapters/logger.js';
import { createSlackAdapter } from '../adapters/slack/index.js';
import { InsightsRecorder } from '../adapters/insights/recorder.js';
import { SqliteStore } from '../src/store/sqlite-store.js';
import { createHighlights, type Highlights } from '../src/highlights/create.js';
import type { Store } from '../src/store/store.js';
import { perMinute, slackConfig } from '../test/adapters/configs.js';
import { SlackDouble } from '../test/doubles/slack/double.js';
import { loadEvalSet } from './eval-set.js';
import { childMessages } from './child-messages.js';
import { ms, summary } from './stats.js';

const REQUESTS = 200;
const CONCURRENCY = 20;
const WARM_UP = 40;
/** A request not acknowledged and answered by then counts as lost. */
const GIVE_UP_MS = 10_000;
const BOT_TOKEN = 'xoxb-bench-bot-token';
const APP_TOKEN = 'xapp-1-bench-app-token';
const ROLE = 'SLACK_BENCH_ROLE';

interface Sample {
  ack: number | undefined;
  answer: number | undefined;
  highlight: boolean;
  /** With ratings: a click on the answer's 'helpful' or 'not helpful' → its acknowledgement. */
  rating?: number | undefined;
}

type FromLoad = { type: 'ready'; apiUrl: string } | { type: 'done'; samples: Sample[]; rejected: number };
type ToLoad = { type: 'go'; lockedDatabase: string | undefined; ratings: boolean } | { type: 'close' };

export interface SlackBenchOptions {
  lockedDatabase?: boolean;
  /** The store behind the adapter's shared state and the highlights; none (memory) when unset. */
  store?: Store;
  /** Names the run in the report, e.g. 'slack (PostgreSQL store)'. */
  label?: string;
  /**
   * Each answer's rating button is clicked once answered, and the click's
   * acknowledgement timed (the rating is stored before it: issue 13's target
   * p99 ≤ 100 ms). Ratings go to `store`, or to a SQLite file made for the run.
   */
  ratings?: boolean;
}

export interface SlackBenchResult {
  lines: string[];
  ackP99: number;
  answerMedian: number;
  cpuPerQuestionMs: number;
}

export async function benchSlack(options: SlackBenchOptions = {}): Promise<SlackBenchResult> {
  const dir = options.lockedDatabase === true || options.ratings === true ? mkdtempSync(join(tmpdir(), 'astana-bench-')) : undefined;
  const databasePath = dir === undefined || options.lockedDatabase !== true ? undefined : join(dir, 'bot.sqlite');
  const insights = options.ratings === true ? await startInsights(options.store ?? new SqliteStore(join(dir ?? '', 'ratings.sqlite'))) : undefined;
  const child = fork(fileURLToPath(import.meta.url), { env: { ...process.env, [ROLE]: 'load' }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const next = childMessages<FromLoad>(child, 'bench/slack');
  const send = (message: ToLoad): void => void child.send(message);
  try {
    const ready = await next();
    if (ready.type !== 'ready') throw new Error(`bench/slack: expected 'ready' from the load process, got '${ready.type}'`);
    const core = await startedBotCore();
    const highlights: Highlights | undefined =
      databasePath === undefined && options.store === undefined
        ? undefined
        : createHighlights({
            db: options.store ?? databasePath ?? ':memory:',
            core,
            logger: createLogger('silent'),
            posters: [],
            defaults: { time: '09:00', timeZone: 'UTC' },
          });
    const adapter = createSlackAdapter({
      config: slackConfig({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN, SLACK_API_URL: ready.apiUrl, SLACK_PORT: '0' }),
      core,
      highlights: highlights?.service,
      logger: createLogger('silent'),
      // Each request comes from its own user; the limit must not shape the timings.
      rateLimitPerMinute: perMinute(10_000),
      ...(options.store === undefined ? {} : { shared: options.store.shared }),
      insights: insights?.recorder,
    });
    await adapter.start();
    let done: FromLoad;
    const cpu = process.cpuUsage();
    try {
      send({ type: 'go', lockedDatabase: databasePath, ratings: insights !== undefined });
      done = await next();
    } finally {
      await adapter.stop();
      // The caller owns a store it passed in.
      if (options.store === undefined) await highlights?.close();
      else await highlights?.scheduler.stop();
    }
    const stored = insights === undefined ? undefined : await insights.finish(options.store === undefined);
    const used = process.cpuUsage(cpu);
    if (done.type !== 'done') throw new Error(`bench/slack: expected 'done' from the load process, got '${done.type}'`);
    const label = options.label ?? (databasePath === undefined ? 'slack' : 'slack (database write-locked by another process)');
    const perQuestion = (used.user + used.system) / 1000 / done.samples.length;
    const answers = summary(done.samples.flatMap((s) => (s.answer === undefined || s.highlight ? [] : [s.answer])));
    const acks = summary(done.samples.flatMap((s) => (s.ack === undefined ? [] : [s.ack])));
    return {
      lines: [
        ...report(done.samples, done.rejected, databasePath !== undefined, label),
        ...(stored === undefined ? [] : ratingReport(done.samples, stored, label)),
        `${label}: bot process CPU per question ${ms(perQuestion)}`,
      ],
      ackP99: acks.p99,
      answerMedian: answers.median,
      cpuPerQuestionMs: perQuestion,
    };
  } finally {
    if (child.connected) send({ type: 'close' });
    await new Promise<void>((resolve) => (child.exitCode === null ? child.once('exit', () => resolve()) : resolve()));
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  }
}

function report(samples: Sample[], rejected: number, locked: boolean, p: string): string[] {
  const a = summary(samples.flatMap((s) => (s.ack === undefined ? [] : [s.ack])));
  const answered = (highlight: boolean): number[] => samples.flatMap((s) => (s.answer === undefined || s.highlight !== highlight ? [] : [s.answer]));
  const b = summary(answered(false));
  const lost = samples.filter((s) => s.ack === undefined || s.answer === undefined).length;
  const lines = [
    `${p}: ${samples.length} slash commands, ${CONCURRENCY} at a time, Socket Mode, through the Slack double on loopback in another process (after ${WARM_UP} warm-up)`,
    `${p}: command → acknowledgement: median ${ms(a.median)}, p99 ${ms(a.p99)}, max ${ms(a.max)} (target p99 ≤ 100 ms)`,
    `${p}: question → answer posted: median ${ms(b.median)}, p99 ${ms(b.p99)}, max ${ms(b.max)} (target p99 ≤ 300 ms)`,
  ];
  if (locked) {
    const c = summary(answered(true));
    lines.push(`${p}: highlight subscribe → "busy, try again" posted: median ${ms(c.median)}, p99 ${ms(c.p99)}, max ${ms(c.max)} (by design about 2 s)`);
  }
  lines.push(`${p}: lost ${lost} of ${samples.length} (target 0); messages refused for Slack's limits: ${rejected}`);
  return lines;
}

/** The recorder the adapter counts and rates with, and how to end it: how many ratings reached the store. */
async function startInsights(store: Store): Promise<{ recorder: InsightsRecorder; finish(close: boolean): Promise<number> }> {
  const recorder = new InsightsRecorder(store.insights, { enabled: true, keepQuestions: false, retentionDays: 90 }, createLogger('silent'));
  await recorder.start();
  return {
    recorder,
    async finish(close) {
      await recorder.stop();
      const stored = (await store.insights.ratings({ since: 0, until: Date.now() + 60_000 })).length;
      if (close) await store.close();
      return stored;
    },
  };
}

function ratingReport(samples: Sample[], stored: number, p: string): string[] {
  const clicks = samples.flatMap((s) => (s.rating === undefined ? [] : [s.rating]));
  const r = summary(clicks);
  return [
    `${p}: rating click → acknowledgement (stored first): median ${ms(r.median)}, p99 ${ms(r.p99)}, max ${ms(r.max)} (target p99 ≤ 100 ms)`,
    `${p}: ratings acknowledged ${clicks.length} of ${samples.length}; in the store ${stored} (warm-up included)`,
  ];
}

// ---- the load process: the Slack double and the clients' side ----

async function runLoad(): Promise<void> {
  const double = await SlackDouble.start({ botToken: BOT_TOKEN, appToken: APP_TOKEN });
  const reply = (m: FromLoad): void => void process.send?.(m);
  process.on('message', (m: ToLoad) => {
    if (m.type === 'go') {
      // Another process, as an operator's sqlite3 shell or a second bot would be, holds the write lock throughout.
      const holder = m.lockedDatabase === undefined ? undefined : new Database(m.lockedDatabase);
      holder?.exec('BEGIN IMMEDIATE');
      void measureAll(double, holder !== undefined, m.ratings).then((samples) => {
        holder?.exec('ROLLBACK');
        holder?.close();
        reply({ type: 'done', samples, rejected: double.rejected.length });
      });
    } else {
      void double.close().then(() => process.exit(0));
    }
  });
  reply({ type: 'ready', apiUrl: double.apiUrl });
}

async function measureAll(double: SlackDouble, withHighlights: boolean, ratings: boolean): Promise<Sample[]> {
  const questions = loadEvalSet().map((q) => q.question);
  const ask = (i: number): Promise<Sample> => {
    const id = String(i).padStart(7, '0');
    const highlight = withHighlights && i % 4 === 0;
    const sample = measure(double, highlight ? 'highlights subscribe 08:30 UTC' : (questions[i % questions.length] ?? '§1'), `U0B${id}`, `C0B${id}`, highlight);
    return ratings ? sample.then((s) => rateAnswer(double, s, `U0B${id}`, i)) : sample;
  };
  await runPool(WARM_UP, CONCURRENCY, ask);
  return runPool(REQUESTS, CONCURRENCY, (i) => ask(i + WARM_UP));
}

interface Answered extends Sample {
  body: Record<string, unknown> | undefined;
}

async function measure(double: SlackDouble, question: string, userId: string, channelId: string, highlight: boolean): Promise<Answered> {
  const delivery = double.sendSlashCommand({ text: question, userId, channelId });
  const [ack, answer] = await Promise.all([within(delivery.ack), within(double.firstResponse(delivery.responseId ?? ''))]);
  return {
    ack: ack === undefined ? undefined : ack.at - delivery.sentAt,
    answer: answer === undefined ? undefined : answer.at - delivery.sentAt,
    highlight,
    body: answer?.body,
  };
}

/** Clicks the answer's 'helpful' (even requests) or 'not helpful' button and times its acknowledgement. */
async function rateAnswer(double: SlackDouble, sample: Answered, userId: string, i: number): Promise<Sample> {
  const { body, ...rest } = sample;
  const prefix = i % 2 === 0 ? 'rate:h:' : 'rate:n:';
  const blocks = Array.isArray(body?.blocks) ? (body.blocks as { elements?: { action_id?: string; value?: string }[] }[]) : [];
  const button = blocks.flatMap((b) => b.elements ?? []).find((e) => e.value?.startsWith(prefix) === true);
  if (button === undefined) return rest;
  const click = double.sendBlockAction({ actionId: button.action_id ?? '', value: button.value ?? '', userId });
  const ack = await within(click.ack);
  return { ...rest, rating: ack === undefined ? undefined : ack.at - click.sentAt };
}

async function within<T>(promise: Promise<T>): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), GIVE_UP_MS);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function runPool<T>(count: number, concurrency: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array<T>(count);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      const i = next;
      next += 1;
      results[i] = await task(i);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results;
}

if (process.env[ROLE] === 'load') {
  await runLoad();
} else if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const options = { lockedDatabase: process.argv.includes('--locked-database'), ratings: process.argv.includes('--ratings') };
  for (const line of (await benchSlack(options)).lines) console.log(line);
}
