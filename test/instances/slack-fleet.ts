// Several bot processes (the real entry point, adapters/main.ts) on one Slack
// double in Socket Mode and one PostgreSQL database: a small fleet the tests
// restart and kill while questions flow.

import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { SlackDouble } from '../doubles/slack/double.js';
import { waitFor } from '../doubles/slack/wait.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BOT_TOKEN = 'xoxb-1111-2222-fleet-bot-token';
export const APP_TOKEN = 'xapp-1-A0DOUBLE1-3333-fleet-app-token';

export interface Fleet {
  double: SlackDouble;
  /** Starts one more instance and waits until its Socket Mode connection is open. */
  start(): Promise<ChildProcess>;
  /** Sends SIGTERM (a rolling restart's stop) or SIGKILL (a crash) and waits for the exit. */
  stop(instance: ChildProcess, signal: 'SIGTERM' | 'SIGKILL'): Promise<number | null>;
  close(): Promise<void>;
}

export async function startFleet(databaseUrl: string): Promise<Fleet> {
  const double = await SlackDouble.start({ botToken: BOT_TOKEN, appToken: APP_TOKEN });
  const running = new Set<ChildProcess>();
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_APP_TOKEN: APP_TOKEN,
    SLACK_API_URL: double.apiUrl,
    DATABASE_URL: databaseUrl,
    RATE_LIMIT_PER_MINUTE: '1000000',
    LOG_LEVEL: 'warn',
    SHUTDOWN_GRACE_SECONDS: '20',
  };
  return {
    double,
    async start() {
      const before = double.connectionsOpened;
      const child = spawn(process.execPath, ['--import', 'tsx', 'adapters/main.ts'], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
      running.add(child);
      child.once('exit', () => running.delete(child));
      await waitFor('a new instance to connect', () => double.connectionsOpened > before, 60_000, 20);
      return child;
    },
    async stop(instance, signal) {
      const exited = new Promise<number | null>((resolve) => instance.once('exit', (code) => resolve(code)));
      instance.kill(signal);
      return exited;
    },
    async close() {
      for (const child of running) child.kill('SIGKILL');
      await double.close();
    },
  };
}

export interface Tally {
  asked: number;
  answered: number;
  /** Asked and never answered. */
  lost: string[];
  /** Answered more than once. */
  duplicated: string[];
  /** Acknowledged without the answer in the acknowledgement (answered later through the response_url, if at all). */
  ackedWithoutAnswer: string[];
}

/**
 * Asks `total` slash-command questions, `concurrency` at a time, each from its
 * own user, waiting for each answer; `during(n)` runs after the n-th is sent.
 * `sent()` tells how many have been sent so far.
 */
export async function askMany(
  double: SlackDouble,
  total: number,
  concurrency: number,
  /** Told of each question sent; a promise it returns holds that asker back until it settles (so a slow machine cannot finish the load before a restart). */
  during: (sent: number) => unknown,
  /** Each asker's pause between an answer and its next question: spreads the load over the restarts. */
  pauseMs = 0,
): Promise<Tally> {
  const ids: string[] = [];
  const ackedWithoutAnswer: string[] = [];
  let next = 0;
  async function worker(): Promise<void> {
    while (next < total) {
      const n = next++;
      const delivery = double.sendSlashCommand({ text: `§${1 + (n % 120)}`, userId: `U0FLEET${String(n).padStart(4, '0')}` });
      ids.push(delivery.responseId ?? '');
      void delivery.ack.then((ack) => {
        if (!('text' in ack.payload || 'blocks' in ack.payload)) ackedWithoutAnswer.push(delivery.responseId ?? '');
      });
      const hold = during(n + 1);
      await waitFor(`an answer to question ${n}`, () => double.responsesTo(delivery.responseId).length > 0, 30_000).catch(() => undefined);
      if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
      await hold;
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  // A late second answer would show up here.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const counts = ids.map((id) => [id, double.responsesTo(id).length] as const);
  return {
    asked: ids.length,
    answered: counts.filter(([, c]) => c > 0).length,
    lost: counts.filter(([, c]) => c === 0).map(([id]) => id),
    duplicated: counts.filter(([, c]) => c > 1).map(([id]) => id),
    ackedWithoutAnswer,
  };
}
