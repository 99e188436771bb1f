// One valibot schema entry per environment variable: its type, its check, its default
// (valibot rather than zod: the same checks for a quarter of the memory and start-up time,
// which the console pays on every run). A checked value has a branded type, so a module that
// takes a LocalTime or a Port knows it is good and checks nothing again. adapters/config.ts
// reads the environment through these and adds the rules between variables.

import * as v from 'valibot';
import { canonicalTimeZone, parseTime } from '../src/highlights/time.js';

export const CONFIG_DEFAULTS = {
  logLevel: 'info',
  databasePath: 'data/bot.sqlite',
  highlightTime: '09:00',
  highlightTimeZone: 'UTC',
  rateLimitPerMinute: 10,
  slackPort: 3000,
  slackCommand: '/astana',
  slackDefaultLanguage: 'en',
  /** Where /healthz, /readyz and /metrics listen, when HEALTH_PORT is set: this machine only. */
  healthHost: '127.0.0.1',
  /** How long a stopping instance lets accepted work finish. */
  shutdownGraceSeconds: 10,
  /** Made-up questions a chat bot answers in the background after start, so its first users meet compiled code (0: none). */
  coreWarmUp: 2000,
  /** Counting questions and ratings for the insights: on; keeping the text of questions: off; text kept at most this many days. */
  insights: 'true',
  insightsKeepQuestions: 'false',
  insightsRetentionDays: 90,
} as const;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** A value that fails `parse` is refused with its own text in the message; the parsed value is kept. */
function parsed<T>(parse: (value: string) => T | undefined, fix: string) {
  return v.pipe(
    v.string(),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      const result = parse(dataset.value);
      if (result !== undefined) return result;
      addIssue({ message: `is '${dataset.value}': ${fix}` });
      return NEVER;
    }),
  );
}

/** A secret is refused without its value, which must not reach a log. */
function secret(test: (value: string) => boolean, message: string) {
  return v.pipe(v.string(), v.check(test, message));
}

const inRange = (min: number, max: number) => (value: string) => {
  const n = Number(value);
  return /^\d+$/.test(value) && n >= min && n <= max ? n : undefined;
};

const httpUrl = (value: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol) ? value : undefined;
  } catch {
    return undefined;
  }
};

const oneOf =
  <T extends string>(options: readonly T[]) =>
  (value: string) =>
    options.find((o) => o === value);

// A host name or an IPv4 or IPv6 address; a URL or a port here is a common slip.
const HOST = /^(?:[A-Za-z0-9.-]+|[0-9A-Fa-f:.]+(?:%[A-Za-z0-9]+)?)$/;
const host = (text: string) => (HOST.test(text) ? text : undefined);
const SNOWFLAKE = /^\d{5,25}$/;
const snowflake = (text: string) => (SNOWFLAKE.test(text) ? text : undefined);
const URL_FIX = 'use an http(s) URL, or leave it unset for the platform default';

const localTime = v.pipe(parsed(parseTime, 'use HH:MM on a 24-hour clock, e.g. 09:00'), v.brand('LocalTime'));
const timeZone = v.pipe(parsed(canonicalTimeZone, 'use an IANA name such as Asia/Almaty or Europe/Moscow'), v.brand('TimeZone'));
const apiUrl = v.pipe(parsed(httpUrl, URL_FIX), v.brand('HttpUrl'));

/** One entry per environment variable: its type, its check, its default (given as text, and checked like a value set). */
export const SETTINGS = {
  LOG_LEVEL: v.optional(parsed(oneOf(LOG_LEVELS), `use one of ${LOG_LEVELS.join(', ')} in .env`), CONFIG_DEFAULTS.logLevel),
  DATABASE_PATH: v.optional(v.pipe(v.string(), v.brand('FilePath')), CONFIG_DEFAULTS.databasePath),
  // It may carry a password: refused without its value.
  DATABASE_URL: v.optional(
    v.pipe(
      secret(
        (url) => /^postgres(?:ql)?:\/\/[^\s]+$/.test(url) && URL.canParse(url),
        'must be a PostgreSQL URL such as postgres://bot:password@db.example:5432/astana, or unset for the SQLite file at DATABASE_PATH',
      ),
      v.brand('DatabaseUrl'),
    ),
  ),
  HEALTH_PORT: v.optional(
    v.pipe(parsed(inRange(0, 65535), 'use a port number between 1 and 65535 (0 picks a free one), or leave it unset for no health server'), v.brand('Port')),
  ),
  HEALTH_HOST: v.optional(
    v.pipe(parsed(host, 'use an address such as 127.0.0.1 or 0.0.0.0 (no scheme, no port)'), v.brand('Host')),
    CONFIG_DEFAULTS.healthHost,
  ),
  SHUTDOWN_GRACE_SECONDS: v.optional(parsed(inRange(0, 600), 'use a whole number of seconds from 0 to 600'), String(CONFIG_DEFAULTS.shutdownGraceSeconds)),
  CORE_WARM_UP: v.optional(parsed(inRange(0, 100_000), 'use a whole number of questions from 0 (none) to 100000'), String(CONFIG_DEFAULTS.coreWarmUp)),
  HIGHLIGHT_TIME: v.optional(localTime, CONFIG_DEFAULTS.highlightTime),
  HIGHLIGHT_TIMEZONE: v.optional(timeZone, CONFIG_DEFAULTS.highlightTimeZone),
  INSIGHTS: v.optional(parsed(oneOf(['true', 'false'] as const), 'use true (count questions and ratings) or false'), CONFIG_DEFAULTS.insights),
  INSIGHTS_KEEP_QUESTIONS: v.optional(
    parsed(oneOf(['true', 'false'] as const), 'use true to keep the text of questions, or false (the default) for counts only'),
    CONFIG_DEFAULTS.insightsKeepQuestions,
  ),
  INSIGHTS_RETENTION_DAYS: v.optional(parsed(inRange(1, 3650), 'use a whole number of days from 1 to 3650'), String(CONFIG_DEFAULTS.insightsRetentionDays)),
  RATE_LIMIT_PER_MINUTE: v.optional(
    v.pipe(parsed(inRange(1, 1_000_000), 'use a positive whole number'), v.brand('PerMinute')),
    String(CONFIG_DEFAULTS.rateLimitPerMinute),
  ),

  SLACK_BOT_TOKEN: v.optional(
    v.pipe(
      secret((token) => token.startsWith('xoxb-'), "must start with xoxb-: copy the Bot User OAuth Token from your app's OAuth & Permissions page"),
      v.brand('SlackBotToken'),
    ),
  ),
  SLACK_APP_TOKEN: v.optional(
    v.pipe(
      secret((token) => token.startsWith('xapp-'), 'must start with xapp-: create an app-level token with connections:write under Basic Information'),
      v.brand('SlackAppToken'),
    ),
  ),
  SLACK_SIGNING_SECRET: v.optional(v.string()),
  // The OAuth install flow of an app installed in many workspaces (HTTP mode).
  SLACK_CLIENT_ID: v.optional(
    parsed((id) => (/^\d+\.\d+$/.test(id) ? id : undefined), "copy the Client ID from your app's Basic Information page (digits, a dot, digits)"),
  ),
  SLACK_CLIENT_SECRET: v.optional(v.string()),
  SLACK_STATE_SECRET: v.optional(
    secret((text) => text.length >= 16, 'must be at least 16 characters: any long random string (it signs the install flow’s state)'),
  ),
  SLACK_API_URL: v.optional(
    v.pipe(
      parsed((url) => (httpUrl(url) === undefined ? undefined : url.endsWith('/') ? url : `${url}/`), URL_FIX),
      v.brand('HttpUrl'),
    ),
  ),
  SLACK_PORT: v.optional(
    v.pipe(parsed(inRange(0, 65535), 'use a port number between 1 and 65535 (0 picks a free one)'), v.brand('Port')),
    String(CONFIG_DEFAULTS.slackPort),
  ),
  SLACK_HOST: v.optional(
    v.pipe(parsed(host, 'use an address such as 127.0.0.1 or 0.0.0.0 (no scheme, no port), or leave it empty for all interfaces'), v.brand('Host')),
  ),
  SLACK_COMMAND: v.optional(
    v.pipe(
      parsed((command) => (/^\/[a-z0-9_-]{1,31}$/.test(command) ? command : undefined), 'use a slash command such as /astana (lower case, no spaces)'),
      v.brand('SlashCommand'),
    ),
    CONFIG_DEFAULTS.slackCommand,
  ),
  SLACK_DEFAULT_LANGUAGE: v.optional(parsed(oneOf(['zh', 'en'] as const), 'use zh or en'), CONFIG_DEFAULTS.slackDefaultLanguage),

  DISCORD_TOKEN: v.optional(
    v.pipe(
      secret((token) => !/\s/.test(token), 'contains white space: paste the token alone, without quotes or "Bot " in front'),
      v.brand('DiscordToken'),
    ),
  ),
  DISCORD_APPLICATION_ID: v.optional(parsed(snowflake, 'copy the numeric Application ID from the Developer Portal, or leave it unset')),
  DISCORD_API_URL: v.optional(apiUrl),
  DISCORD_GUILD_ID: v.optional(parsed(snowflake, 'use the numeric server id, or leave it unset to register commands globally')),
  DISCORD_MESSAGE_CONTENT: v.optional(parsed(oneOf(['true', 'false'] as const), 'use true or false'), 'false'),
  DISCORD_SHARDS: v.optional(
    parsed((shards) => (shards === 'auto' ? shards : inRange(1, 100_000)(shards)), "use auto (Discord's recommendation) or a number of shards"),
    'auto',
  ),
};

export type Settings = v.InferOutput<v.ObjectSchema<typeof SETTINGS, undefined>>;
