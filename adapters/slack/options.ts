// The factory's options are checked before anything connects: a bad option
// fails at start-up with what is wrong and how to fix it.

import type { SlackAdapterOptions } from './index.js';

export class SlackOptionsError extends Error {
  constructor(field: string, problem: string, fix: string) {
    super(`slack adapter: ${field} ${problem}: ${fix}`);
    this.name = 'SlackOptionsError';
  }
}

export function checkOptions(options: SlackAdapterOptions): void {
  const given: unknown = options;
  if (typeof given !== 'object' || given === null) {
    throw new SlackOptionsError('options', 'are missing', 'pass { config, core, highlights, logger, rateLimitPerMinute }');
  }
  const { config, core, logger, highlights, rateLimitPerMinute } = options;
  const c: unknown = config;
  if (typeof c !== 'object' || c === null) {
    throw new SlackOptionsError(
      'config',
      'is missing',
      'set SLACK_BOT_TOKEN and SLACK_APP_TOKEN (or SLACK_SIGNING_SECRET) in .env, and pass loadConfig(...).slack',
    );
  }
  if (typeof config.botToken !== 'string' || !config.botToken.startsWith('xoxb-')) {
    throw new SlackOptionsError(
      'config.botToken',
      'must be a bot token starting with xoxb-',
      "copy the Bot User OAuth Token from your app's OAuth & Permissions page into SLACK_BOT_TOKEN",
    );
  }
  if (config.appToken !== undefined && (typeof config.appToken !== 'string' || !config.appToken.startsWith('xapp-'))) {
    throw new SlackOptionsError(
      'config.appToken',
      'must be an app-level token starting with xapp-',
      'create one with the connections:write scope under Basic Information > App-Level Tokens',
    );
  }
  if (config.appToken === undefined && (typeof config.signingSecret !== 'string' || config.signingSecret === '')) {
    throw new SlackOptionsError(
      'config',
      'has neither an app token nor a signing secret',
      'set SLACK_APP_TOKEN for Socket Mode (recommended) or SLACK_SIGNING_SECRET for HTTP mode',
    );
  }
  if (config.apiUrl !== undefined && !isHttpUrl(config.apiUrl)) {
    throw new SlackOptionsError(
      'config.apiUrl',
      `is '${String(config.apiUrl)}'`,
      'use an http(s) URL such as https://slack.com/api/, or leave SLACK_API_URL unset',
    );
  }
  if (!Number.isInteger(config.port) || config.port < 0 || config.port > 65535) {
    throw new SlackOptionsError('config.port', `is '${String(config.port)}'`, 'use a port number between 1 and 65535 in SLACK_PORT (0 picks a free one)');
  }
  if (typeof config.command !== 'string' || !/^\/[a-z0-9_-]{1,31}$/.test(config.command)) {
    throw new SlackOptionsError(
      'config.command',
      `is '${String(config.command)}'`,
      'use a slash command such as /astana, the same as in slack-app-manifest.yaml',
    );
  }
  const k: unknown = core;
  if (typeof k !== 'object' || k === null || typeof core.ask !== 'function' || typeof core.context !== 'function') {
    throw new SlackOptionsError('core', 'is not a Core', 'pass the result of createCore() from src/create-core.ts');
  }
  const h: unknown = highlights;
  if (h !== undefined && (typeof h !== 'object' || h === null || typeof highlights?.subscribe !== 'function' || typeof highlights.preview !== 'function')) {
    throw new SlackOptionsError('highlights', 'is not a HighlightService', 'pass the highlight service, or undefined to run without highlights');
  }
  const l: unknown = logger;
  if (typeof l !== 'object' || l === null || typeof logger.child !== 'function') {
    throw new SlackOptionsError('logger', 'is not a pino logger', 'pass createLogger(level) from adapters/logger.ts');
  }
  if (!Number.isInteger(rateLimitPerMinute) || rateLimitPerMinute < 1) {
    throw new SlackOptionsError('rateLimitPerMinute', `is '${String(rateLimitPerMinute)}'`, 'use a positive whole number (RATE_LIMIT_PER_MINUTE, default 10)');
  }
}

function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
