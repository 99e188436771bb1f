// Configuration is read and checked here, once, at start-up. Everything else
// receives a typed Config; nothing else reads process.env.

export class ConfigError extends Error {
  constructor(variable: string, problem: string, fix: string) {
    super(`${variable} ${problem}: ${fix}`);
    this.name = 'ConfigError';
  }
}

export interface SlackConfig {
  botToken: string;
  /** Socket Mode when set; otherwise HTTP mode with the signing secret. */
  appToken: string | undefined;
  signingSecret: string | undefined;
  apiUrl: string | undefined;
  /** HTTP mode: the port and the address to listen on (all interfaces when unset). */
  port: number;
  host: string | undefined;
  /** The slash command, e.g. '/astana'. */
  command: string;
  /** The workspace's language for input with none of its own ('§42', 'help'): Slack tells a bot no user's locale. */
  defaultLanguage: 'zh' | 'en';
}

export interface DiscordConfig {
  token: string;
  applicationId: string | undefined;
  apiUrl: string | undefined;
  /** Guild to register commands in (development); global when unset. */
  guildId: string | undefined;
  /** Read '§42' in messages that do not mention the bot (privileged intent). */
  messageContent: boolean;
}

export interface Config {
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  databasePath: string;
  highlightTime: string;
  highlightTimeZone: string;
  /** Questions a user may ask per minute before being asked to slow down. */
  rateLimitPerMinute: number;
  slack: SlackConfig | undefined;
  discord: DiscordConfig | undefined;
}

export const CONFIG_DEFAULTS = {
  logLevel: 'info',
  databasePath: 'data/bot.sqlite',
  highlightTime: '09:00',
  highlightTimeZone: 'UTC',
  rateLimitPerMinute: 10,
  slackPort: 3000,
  slackCommand: '/astana',
  slackDefaultLanguage: 'en',
} as const;

type Env = Readonly<Record<string, string | undefined>>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export function loadConfig(env: Env): Config {
  const get = (name: string): string | undefined => {
    const v = env[name]?.trim();
    return v === undefined || v === '' ? undefined : v;
  };

  const logLevel = get('LOG_LEVEL') ?? CONFIG_DEFAULTS.logLevel;
  if (!isOneOf(logLevel, LOG_LEVELS)) {
    throw new ConfigError('LOG_LEVEL', `is '${logLevel}'`, `use one of ${LOG_LEVELS.join(', ')} in .env`);
  }

  const highlightTime = get('HIGHLIGHT_TIME') ?? CONFIG_DEFAULTS.highlightTime;
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(highlightTime)) {
    throw new ConfigError('HIGHLIGHT_TIME', `is '${highlightTime}'`, 'use HH:MM on a 24-hour clock, e.g. 09:00');
  }
  const highlightTimeZone = get('HIGHLIGHT_TIMEZONE') ?? CONFIG_DEFAULTS.highlightTimeZone;
  if (!isTimeZone(highlightTimeZone)) {
    throw new ConfigError('HIGHLIGHT_TIMEZONE', `is '${highlightTimeZone}'`, 'use an IANA name such as Asia/Almaty or Europe/Moscow');
  }

  return {
    logLevel,
    databasePath: get('DATABASE_PATH') ?? CONFIG_DEFAULTS.databasePath,
    highlightTime,
    highlightTimeZone,
    rateLimitPerMinute: positiveInt(get('RATE_LIMIT_PER_MINUTE'), 'RATE_LIMIT_PER_MINUTE', CONFIG_DEFAULTS.rateLimitPerMinute),
    slack: slackConfig(get),
    discord: discordConfig(get),
  };
}

function slackConfig(get: (name: string) => string | undefined): SlackConfig | undefined {
  const botToken = get('SLACK_BOT_TOKEN');
  const appToken = get('SLACK_APP_TOKEN');
  const signingSecret = get('SLACK_SIGNING_SECRET');
  if (botToken === undefined) {
    if (appToken !== undefined || signingSecret !== undefined) {
      throw new ConfigError('SLACK_BOT_TOKEN', 'is required when SLACK_APP_TOKEN or SLACK_SIGNING_SECRET is set', 'set it to the xoxb- token in .env');
    }
    return undefined;
  }
  if (!botToken.startsWith('xoxb-')) {
    throw new ConfigError('SLACK_BOT_TOKEN', 'must start with xoxb-', "copy the Bot User OAuth Token from your app's OAuth & Permissions page");
  }
  if (appToken !== undefined && !appToken.startsWith('xapp-')) {
    throw new ConfigError('SLACK_APP_TOKEN', 'must start with xapp-', 'create an app-level token with connections:write under Basic Information');
  }
  if (appToken === undefined && signingSecret === undefined) {
    throw new ConfigError(
      'SLACK_APP_TOKEN',
      'or SLACK_SIGNING_SECRET is required with SLACK_BOT_TOKEN',
      'set SLACK_APP_TOKEN for Socket Mode (recommended) or SLACK_SIGNING_SECRET for HTTP mode',
    );
  }
  const apiUrl = get('SLACK_API_URL');
  if (apiUrl !== undefined) checkUrl('SLACK_API_URL', apiUrl);
  const command = get('SLACK_COMMAND') ?? CONFIG_DEFAULTS.slackCommand;
  if (!/^\/[a-z0-9_-]{1,31}$/.test(command)) {
    throw new ConfigError('SLACK_COMMAND', `is '${command}'`, 'use a slash command such as /astana (lower case, no spaces)');
  }
  const defaultLanguage = get('SLACK_DEFAULT_LANGUAGE') ?? CONFIG_DEFAULTS.slackDefaultLanguage;
  if (defaultLanguage !== 'zh' && defaultLanguage !== 'en') {
    throw new ConfigError('SLACK_DEFAULT_LANGUAGE', `is '${defaultLanguage}'`, 'use zh or en');
  }
  return {
    botToken,
    appToken,
    signingSecret,
    apiUrl: apiUrl === undefined ? undefined : withTrailingSlash(apiUrl),
    port: positiveInt(get('SLACK_PORT'), 'SLACK_PORT', CONFIG_DEFAULTS.slackPort),
    host: listenHost(get('SLACK_HOST')),
    command,
    defaultLanguage,
  };
}

function discordConfig(get: (name: string) => string | undefined): DiscordConfig | undefined {
  const token = get('DISCORD_TOKEN');
  if (token === undefined) return undefined;
  const apiUrl = get('DISCORD_API_URL');
  if (apiUrl !== undefined) checkUrl('DISCORD_API_URL', apiUrl);
  const applicationId = get('DISCORD_APPLICATION_ID');
  if (applicationId !== undefined && !/^\d{5,25}$/.test(applicationId)) {
    throw new ConfigError('DISCORD_APPLICATION_ID', `is '${applicationId}'`, 'copy the numeric Application ID from the Developer Portal, or leave it unset');
  }
  const guildId = get('DISCORD_GUILD_ID');
  if (guildId !== undefined && !/^\d{5,25}$/.test(guildId)) {
    throw new ConfigError('DISCORD_GUILD_ID', `is '${guildId}'`, 'use the numeric server id, or leave it unset to register commands globally');
  }
  const messageContent = get('DISCORD_MESSAGE_CONTENT') ?? 'false';
  if (messageContent !== 'true' && messageContent !== 'false') {
    throw new ConfigError('DISCORD_MESSAGE_CONTENT', `is '${messageContent}'`, 'use true or false');
  }
  return { token, applicationId, apiUrl, guildId, messageContent: messageContent === 'true' };
}

function positiveInt(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0 || n > 65535 * 1000) {
    throw new ConfigError(name, `is '${value}'`, 'use a positive whole number');
  }
  return n;
}

function listenHost(value: string | undefined): string | undefined {
  // An IPv4 or IPv6 address or a host name; a URL or a port here is a common slip.
  if (value !== undefined && !/^(?:[A-Za-z0-9.-]+|[0-9A-Fa-f:.]+(?:%[A-Za-z0-9]+)?)$/.test(value)) {
    throw new ConfigError(
      'SLACK_HOST',
      `is '${value}'`,
      'use an address such as 127.0.0.1 or 0.0.0.0 (no scheme, no port), or leave it empty for all interfaces',
    );
  }
  return value;
}

function checkUrl(name: string, value: string): void {
  try {
    const u = new URL(value);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('protocol');
  } catch {
    throw new ConfigError(name, `is '${value}'`, 'use an http(s) URL, or leave it unset for the platform default');
  }
}

function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return name.includes('/') || name === 'UTC';
  } catch {
    return false;
  }
}

function isOneOf<T extends string>(value: string, options: readonly T[]): value is T {
  return (options as readonly string[]).includes(value);
}
