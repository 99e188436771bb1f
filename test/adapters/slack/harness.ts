// Starts the Slack double and the real adapter (real Bolt app, real core) on
// loopback, with the log captured as pino JSON lines.

import { createLogger } from '../../../adapters/logger.js';
import { createSlackAdapter, type SlackAdapter } from '../../../adapters/slack/index.js';
import type { Core } from '../../../src/core.js';
import { createCore } from '../../../src/create-core.js';
import type { HighlightService } from '../../../src/highlights/ports.js';
import type { DigestService } from '../../../src/insights/digest-service.js';
import type { OnTokenRevoked } from '../../../adapters/token-revoked.js';
import type { InsightsRecorder } from '../../../adapters/insights/recorder.js';
import { SlackDouble } from '../../doubles/slack/double.js';
import { perMinute, slackConfig } from '../configs.js';

export const BOT_TOKEN = 'xoxb-1111-2222-test-bot-token';
export const APP_TOKEN = 'xapp-1-A0DOUBLE1-3333-test-app-token';
export const SIGNING_SECRET = 'double-signing-secret-8f3a9c';

let sharedCore: Core | undefined;
export function core(): Core {
  sharedCore ??= createCore();
  return sharedCore;
}

export interface Harness {
  double: SlackDouble;
  adapter: SlackAdapter;
  /** Every log line the adapter wrote, as parsed JSON. */
  logs: Record<string, unknown>[];
  /** The raw text of the log. */
  logText(): string;
  close(): Promise<void>;
}

export interface HarnessOptions {
  mode?: 'socket' | 'http';
  rateLimitPerMinute?: number;
  highlights?: HighlightService;
  /** The weekly insights digest's commands. */
  digests?: DigestService;
  logLevel?: string;
  /** The double's clock for message ts (a test's fake clock). */
  now?: () => Date;
  onTokenRevoked?: OnTokenRevoked;
  /** SLACK_DEFAULT_LANGUAGE; English when unset, as in production. */
  language?: 'zh' | 'en';
  /** Counts questions and keeps ratings (started by the caller). */
  insights?: InsightsRecorder;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const mode = options.mode ?? 'socket';
  const double = await SlackDouble.start({ botToken: BOT_TOKEN, appToken: APP_TOKEN, now: options.now });
  const raw: string[] = [];
  const logger = createLogger(options.logLevel ?? 'debug', { write: (line: string) => void raw.push(line) });
  const adapter = createSlackAdapter({
    config: slackConfig({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_APP_TOKEN: mode === 'socket' ? APP_TOKEN : undefined,
      SLACK_SIGNING_SECRET: mode === 'http' ? SIGNING_SECRET : undefined,
      SLACK_API_URL: double.apiUrl,
      SLACK_PORT: '0',
      SLACK_HOST: '127.0.0.1',
      SLACK_DEFAULT_LANGUAGE: options.language,
    }),
    core: core(),
    highlights: options.highlights,
    digests: options.digests,
    logger,
    rateLimitPerMinute: perMinute(options.rateLimitPerMinute ?? 1000),
    onTokenRevoked: options.onTokenRevoked,
    insights: options.insights,
  });
  try {
    await adapter.start();
  } catch (error) {
    await double.close();
    throw error;
  }
  return {
    double,
    adapter,
    get logs() {
      return raw.map((line) => JSON.parse(line) as Record<string, unknown>);
    },
    logText: () => raw.join(''),
    async close() {
      await adapter.stop();
      await double.close();
      // Any message over Slack's limits fails the test file that sent it, not a user.
      if (double.rejected.length > 0) throw new Error(`the Slack double refused messages over Slack's limits: ${JSON.stringify(double.rejected)}`);
    },
  };
}
