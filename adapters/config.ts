// Configuration is read and checked here, once, at start-up: each variable by its
// schema entry (adapters/config-settings.ts), then the rules between variables.
// Every checked value has a branded type, so a module that takes a LocalTime or a
// Port knows it is good and checks nothing again. Nothing else reads process.env.

import * as v from 'valibot';
import { SETTINGS, type Settings } from './config-settings.js';

export { CONFIG_DEFAULTS } from './config-settings.js';

export class ConfigError extends Error {
  /** `message` says what is wrong with the value and how to fix it, e.g. "is '25:00': use HH:MM …". */
  constructor(variable: string, message: string) {
    super(`${variable} ${message}`);
    this.name = 'ConfigError';
  }
}

export type LocalTime = Settings['HIGHLIGHT_TIME'];
export type TimeZone = Settings['HIGHLIGHT_TIMEZONE'];
export type PerMinute = Settings['RATE_LIMIT_PER_MINUTE'];

export interface SlackOAuthConfig {
  clientId: string;
  clientSecret: string;
  stateSecret: string;
}

export interface SlackConfig {
  /** The one workspace's token; unset for an app installed in many workspaces (oauth). */
  botToken: Settings['SLACK_BOT_TOKEN'];
  /** The install flow for many workspaces (HTTP mode): /slack/install and /slack/oauth_redirect. */
  oauth: SlackOAuthConfig | undefined;
  /** Socket Mode when set; otherwise HTTP mode with the signing secret. */
  appToken: Settings['SLACK_APP_TOKEN'];
  signingSecret: string | undefined;
  /** With a trailing slash, as Bolt's client wants it. */
  apiUrl: Settings['SLACK_API_URL'];
  /** HTTP mode: the port and the address to listen on (all interfaces when unset). */
  port: Settings['SLACK_PORT'];
  host: Settings['SLACK_HOST'];
  /** The slash command, e.g. '/astana'. */
  command: Settings['SLACK_COMMAND'];
  /** The workspace's language for input with none of its own ('§42', 'help'): Slack tells a bot no user's locale. */
  defaultLanguage: Settings['SLACK_DEFAULT_LANGUAGE'];
}

export interface DiscordConfig {
  token: NonNullable<Settings['DISCORD_TOKEN']>;
  applicationId: string | undefined;
  apiUrl: Settings['DISCORD_API_URL'];
  /** Guild to register commands in (development); global when unset. */
  guildId: string | undefined;
  /** Read '§42' in messages that do not mention the bot (privileged intent). */
  messageContent: boolean;
  /** For `npm run start:shards`: how many gateway shards, or 'auto'. */
  shards: number | 'auto';
}

export interface HealthConfig {
  port: NonNullable<Settings['HEALTH_PORT']>;
  host: Settings['HEALTH_HOST'];
}

export interface Config {
  logLevel: Settings['LOG_LEVEL'];
  databasePath: Settings['DATABASE_PATH'];
  /** PostgreSQL, shared by several instances; the SQLite file at databasePath when unset. */
  databaseUrl: Settings['DATABASE_URL'];
  /** /healthz, /readyz and /metrics; none when HEALTH_PORT is unset. */
  health: HealthConfig | undefined;
  /** On SIGTERM: how long accepted work may take to finish before the process exits. */
  shutdownGraceMs: number;
  /** Made-up questions answered in the background after start by a chat bot (CORE_WARM_UP). */
  coreWarmUp: number;
  highlightTime: LocalTime;
  highlightTimeZone: TimeZone;
  /** Questions a user may ask per minute before being asked to slow down. */
  rateLimitPerMinute: PerMinute;
  /** What the insights count and keep (INSIGHTS, INSIGHTS_KEEP_QUESTIONS, INSIGHTS_RETENTION_DAYS). */
  insights: { enabled: boolean; keepQuestions: boolean; retentionDays: number };
  slack: SlackConfig | undefined;
  discord: DiscordConfig | undefined;
}

// Rules between variables, after each variable is good on its own.
const ENV = v.pipe(
  v.object(SETTINGS),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const broken = crossRuleBroken(dataset.value);
    if (broken !== undefined)
      addIssue({ message: broken.message, path: [{ type: 'object', origin: 'value', input: dataset.value, key: broken.variable, value: undefined }] });
  }),
);

/** The first rule between variables that the settings break: which variable to fix, and how. */
function crossRuleBroken(s: Settings): { variable: string; message: string } | undefined {
  if (s.SLACK_CLIENT_ID !== undefined) {
    const missing = (['SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET', 'SLACK_SIGNING_SECRET'] as const).find((name) => s[name] === undefined);
    if (missing !== undefined)
      return {
        variable: missing,
        message: 'is required with SLACK_CLIENT_ID (the install flow for many workspaces): copy it from your app’s Basic Information page',
      };
    if (s.SLACK_BOT_TOKEN !== undefined || s.SLACK_APP_TOKEN !== undefined)
      return {
        variable: s.SLACK_BOT_TOKEN !== undefined ? 'SLACK_BOT_TOKEN' : 'SLACK_APP_TOKEN',
        message: 'must be unset with SLACK_CLIENT_ID: each workspace’s token comes from its installation',
      };
    return undefined;
  }
  if (s.SLACK_BOT_TOKEN === undefined && (s.SLACK_APP_TOKEN !== undefined || s.SLACK_SIGNING_SECRET !== undefined))
    return { variable: 'SLACK_BOT_TOKEN', message: 'is required when SLACK_APP_TOKEN or SLACK_SIGNING_SECRET is set: set it to the xoxb- token in .env' };
  if (s.SLACK_BOT_TOKEN !== undefined && s.SLACK_APP_TOKEN === undefined && s.SLACK_SIGNING_SECRET === undefined)
    return {
      variable: 'SLACK_APP_TOKEN',
      message:
        'or SLACK_SIGNING_SECRET is required with SLACK_BOT_TOKEN: set SLACK_APP_TOKEN for Socket Mode (recommended) or SLACK_SIGNING_SECRET for HTTP mode',
    };
  return undefined;
}

type Env = Readonly<Record<string, string | undefined>>;

export function loadConfig(env: Env): Config {
  // An empty or blank variable counts as unset, as a commented-out line in .env would.
  const given = Object.fromEntries(
    Object.keys(SETTINGS).flatMap((name) => {
      const value = env[name]?.trim();
      return value === undefined || value === '' ? [] : [[name, value]];
    }),
  );
  const result = v.safeParse(ENV, given);
  if (!result.success) {
    const [first] = result.issues;
    const variable = first.path?.[0]?.key;
    throw new ConfigError(typeof variable === 'string' ? variable : 'configuration', first.message);
  }
  return toConfig(result.output);
}

function toConfig(s: Settings): Config {
  return {
    logLevel: s.LOG_LEVEL,
    databasePath: s.DATABASE_PATH,
    databaseUrl: s.DATABASE_URL,
    health: s.HEALTH_PORT === undefined ? undefined : { port: s.HEALTH_PORT, host: s.HEALTH_HOST },
    shutdownGraceMs: s.SHUTDOWN_GRACE_SECONDS * 1000,
    coreWarmUp: s.CORE_WARM_UP,
    highlightTime: s.HIGHLIGHT_TIME,
    highlightTimeZone: s.HIGHLIGHT_TIMEZONE,
    rateLimitPerMinute: s.RATE_LIMIT_PER_MINUTE,
    insights: { enabled: s.INSIGHTS === 'true', keepQuestions: s.INSIGHTS_KEEP_QUESTIONS === 'true', retentionDays: s.INSIGHTS_RETENTION_DAYS },
    slack:
      s.SLACK_BOT_TOKEN === undefined && s.SLACK_CLIENT_ID === undefined
        ? undefined
        : {
            botToken: s.SLACK_BOT_TOKEN,
            oauth:
              s.SLACK_CLIENT_ID === undefined
                ? undefined
                : { clientId: s.SLACK_CLIENT_ID, clientSecret: s.SLACK_CLIENT_SECRET ?? '', stateSecret: s.SLACK_STATE_SECRET ?? '' },
            appToken: s.SLACK_APP_TOKEN,
            signingSecret: s.SLACK_SIGNING_SECRET,
            apiUrl: s.SLACK_API_URL,
            port: s.SLACK_PORT,
            host: s.SLACK_HOST,
            command: s.SLACK_COMMAND,
            defaultLanguage: s.SLACK_DEFAULT_LANGUAGE,
          },
    discord:
      s.DISCORD_TOKEN === undefined
        ? undefined
        : {
            token: s.DISCORD_TOKEN,
            applicationId: s.DISCORD_APPLICATION_ID,
            apiUrl: s.DISCORD_API_URL,
            guildId: s.DISCORD_GUILD_ID,
            messageContent: s.DISCORD_MESSAGE_CONTENT === 'true',
            shards: s.DISCORD_SHARDS,
          },
  };
}
