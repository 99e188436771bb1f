import { describe, expect, it } from 'vitest';
import { CONFIG_DEFAULTS, ConfigError, loadConfig } from '../../adapters/config.js';
import { canonicalTimeZone, parseTime } from '../../src/highlights/time.js';

describe('loadConfig', () => {
  it('runs the console alone with no chat credentials, with defaults', () => {
    expect(loadConfig({})).toEqual({
      logLevel: CONFIG_DEFAULTS.logLevel,
      databasePath: CONFIG_DEFAULTS.databasePath,
      databaseUrl: undefined,
      health: undefined,
      shutdownGraceMs: 10_000,
      coreWarmUp: 2000,
      highlightTime: '09:00',
      highlightTimeZone: 'UTC',
      rateLimitPerMinute: 10,
      insights: { enabled: true, keepQuestions: false, retentionDays: 90 },
      slack: undefined,
      discord: undefined,
    });
  });

  it('reads what the insights count and keep', () => {
    expect(loadConfig({ INSIGHTS_KEEP_QUESTIONS: 'true', INSIGHTS_RETENTION_DAYS: '30' }).insights).toEqual({
      enabled: true,
      keepQuestions: true,
      retentionDays: 30,
    });
    expect(loadConfig({ INSIGHTS: 'false' }).insights.enabled).toBe(false);
    expect(() => loadConfig({ INSIGHTS_RETENTION_DAYS: 'forever' })).toThrow(/^INSIGHTS_RETENTION_DAYS is 'forever': use a whole number of days/u);
  });

  it('reads a PostgreSQL DATABASE_URL, the health server and the shutdown grace', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://bot:pw@db.example:5432/astana',
      HEALTH_PORT: '9464',
      HEALTH_HOST: '0.0.0.0',
      SHUTDOWN_GRACE_SECONDS: '30',
    });
    expect([config.databaseUrl, config.health, config.shutdownGraceMs]).toEqual([
      'postgres://bot:pw@db.example:5432/astana',
      { port: 9464, host: '0.0.0.0' },
      30_000,
    ]);
  });

  it('reads how many made-up questions warm the core after start (2000 unless set; 0 for none)', () => {
    expect([loadConfig({}).coreWarmUp, loadConfig({ CORE_WARM_UP: '0' }).coreWarmUp, loadConfig({ CORE_WARM_UP: '500' }).coreWarmUp]).toEqual([2000, 0, 500]);
  });

  it('refuses a DATABASE_URL that is not PostgreSQL without printing it (it may hold a password)', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://bot:s3cret@db/astana' })).toThrow(/^DATABASE_URL must be a PostgreSQL URL/u);
    try {
      loadConfig({ DATABASE_URL: 'mysql://bot:s3cret@db/astana' });
    } catch (error) {
      expect(String(error)).not.toContain('s3cret');
    }
  });

  it.each([
    ['HEALTH_PORT', '70000'],
    ['HEALTH_HOST', 'http://0.0.0.0'],
    ['SHUTDOWN_GRACE_SECONDS', '-1'],
    ['CORE_WARM_UP', 'lots'],
  ])('refuses %s %s, naming the variable and the value', (variable, value) => {
    expect(() => loadConfig({ [variable]: value })).toThrow(new RegExp(`^${variable} is '${value.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&')}'`, 'u'));
  });

  it('reads an app installed in many workspaces (the OAuth install flow), with no bot token', () => {
    const slack = loadConfig({
      SLACK_CLIENT_ID: '1234567890.0987654321',
      SLACK_CLIENT_SECRET: 'client-secret',
      SLACK_STATE_SECRET: 'a-state-secret-of-16+',
      SLACK_SIGNING_SECRET: 'signing',
    }).slack;
    expect([slack?.botToken, slack?.oauth]).toEqual([
      undefined,
      { clientId: '1234567890.0987654321', clientSecret: 'client-secret', stateSecret: 'a-state-secret-of-16+' },
    ]);
  });

  it.each([
    [{ SLACK_CLIENT_ID: '1.2', SLACK_CLIENT_SECRET: 'c', SLACK_SIGNING_SECRET: 's' }, /^SLACK_STATE_SECRET is required with SLACK_CLIENT_ID/u],
    [
      { SLACK_CLIENT_ID: '1.2', SLACK_CLIENT_SECRET: 'c', SLACK_STATE_SECRET: 'a-state-secret-of-16+', SLACK_SIGNING_SECRET: 's', SLACK_BOT_TOKEN: 'xoxb-1' },
      /^SLACK_BOT_TOKEN must be unset with SLACK_CLIENT_ID/u,
    ],
    [{ SLACK_CLIENT_ID: 'abc' }, /^SLACK_CLIENT_ID is 'abc'/u],
    [{ SLACK_CLIENT_ID: '1.2', SLACK_CLIENT_SECRET: 'c', SLACK_STATE_SECRET: 'short', SLACK_SIGNING_SECRET: 's' }, /^SLACK_STATE_SECRET must be at least 16/u],
  ])('refuses an incomplete or mixed install-flow setting %#', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('reads Slack in Socket Mode', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }).slack).toEqual({
      botToken: 'xoxb-1',
      appToken: 'xapp-1',
      signingSecret: undefined,
      apiUrl: undefined,
      port: 3000,
      host: undefined,
      command: '/astana',
      defaultLanguage: 'en',
    });
  });

  it('reads SLACK_DEFAULT_LANGUAGE, the language of input with none of its own', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_DEFAULT_LANGUAGE: 'zh' }).slack?.defaultLanguage).toBe('zh');
  });

  it('reads SLACK_HOST, the address HTTP mode binds', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', SLACK_HOST: '127.0.0.1' }).slack?.host).toBe('127.0.0.1');
  });

  it('adds a trailing slash to SLACK_API_URL', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', SLACK_API_URL: 'http://127.0.0.1:9/api' }).slack?.apiUrl).toBe(
      'http://127.0.0.1:9/api/',
    );
  });

  it('reads Discord with the Message Content option off by default', () => {
    expect(loadConfig({ DISCORD_TOKEN: 't' }).discord).toEqual({
      token: 't',
      applicationId: undefined,
      apiUrl: undefined,
      guildId: undefined,
      messageContent: false,
      shards: 'auto',
    });
  });

  it('reads DISCORD_SHARDS as a number of shards, and refuses anything but a number or auto', () => {
    expect(loadConfig({ DISCORD_TOKEN: 't', DISCORD_SHARDS: '4' }).discord?.shards).toBe(4);
    expect(() => loadConfig({ DISCORD_TOKEN: 't', DISCORD_SHARDS: 'many' })).toThrow(/^DISCORD_SHARDS is 'many': use auto/u);
  });

  it.each([
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ HIGHLIGHT_TIME: '25:00' }, 'HIGHLIGHT_TIME'],
    [{ HIGHLIGHT_TIMEZONE: 'Mars/Olympus' }, 'HIGHLIGHT_TIMEZONE'],
    [{ RATE_LIMIT_PER_MINUTE: '-1' }, 'RATE_LIMIT_PER_MINUTE'],
    [{ INSIGHTS: 'maybe' }, 'INSIGHTS'],
    [{ INSIGHTS_KEEP_QUESTIONS: 'yes' }, 'INSIGHTS_KEEP_QUESTIONS'],
    [{ INSIGHTS_RETENTION_DAYS: '0' }, 'INSIGHTS_RETENTION_DAYS'],
    [{ SLACK_APP_TOKEN: 'xapp-1' }, 'SLACK_BOT_TOKEN'],
    [{ SLACK_BOT_TOKEN: 'abc', SLACK_APP_TOKEN: 'xapp-1' }, 'SLACK_BOT_TOKEN'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1' }, 'SLACK_APP_TOKEN'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_API_URL: 'ftp://x' }, 'SLACK_API_URL'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_COMMAND: 'astana' }, 'SLACK_COMMAND'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', SLACK_HOST: 'http://0.0.0.0:3000' }, 'SLACK_HOST'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_DEFAULT_LANGUAGE: 'ru' }, 'SLACK_DEFAULT_LANGUAGE'],
    [{ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: 'abc' }, 'DISCORD_APPLICATION_ID'],
    [{ DISCORD_TOKEN: 't', DISCORD_MESSAGE_CONTENT: 'yes' }, 'DISCORD_MESSAGE_CONTENT'],
    [{ DISCORD_TOKEN: 'Bot abc' }, 'DISCORD_TOKEN'],
    [{ DISCORD_TOKEN: 't', DISCORD_API_URL: 'ftp://x' }, 'DISCORD_API_URL'],
    [{ DISCORD_TOKEN: 't', DISCORD_GUILD_ID: 'my-server' }, 'DISCORD_GUILD_ID'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', SLACK_PORT: '70000' }, 'SLACK_PORT'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', SLACK_PORT: '80.5' }, 'SLACK_PORT'],
  ])('stops on %j, naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^${variable} `, 'u'));
  });

  it('shows the bad value in the message, with the fix', () => {
    expect(() => loadConfig({ HIGHLIGHT_TIME: '25:00' })).toThrow("HIGHLIGHT_TIME is '25:00': use HH:MM on a 24-hour clock, e.g. 09:00");
    expect(() => loadConfig({ DISCORD_TOKEN: 't', DISCORD_API_URL: 'ftp://x' })).toThrow("DISCORD_API_URL is 'ftp://x': use an http(s) URL");
  });

  it('counts a blank variable as unset', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: ' ', DISCORD_TOKEN: '', HIGHLIGHT_TIME: '  ' })).toMatchObject({
      slack: undefined,
      discord: undefined,
      highlightTime: '09:00',
    });
  });

  // A channel's own time and zone are read by the highlight service with
  // parseTime and canonicalTimeZone; the defaults are read the same way, so
  // '8:30' and 'utc' work in both places and 'Etc/GMT+5' in neither.
  it.each([
    ['8:30', '08:30'],
    ['23:59', '23:59'],
  ])('reads HIGHLIGHT_TIME %s as %s, as a channel setting is read', (time, expected) => {
    expect([loadConfig({ HIGHLIGHT_TIME: time }).highlightTime, parseTime(time)]).toEqual([expected, expected]);
  });

  it.each([
    ['utc', 'UTC'],
    ['asia/almaty', 'Asia/Almaty'],
    ['US/Eastern', 'America/New_York'],
  ])('reads HIGHLIGHT_TIMEZONE %s as %s, as a channel setting is read', (zone, expected) => {
    expect([loadConfig({ HIGHLIGHT_TIMEZONE: zone }).highlightTimeZone, canonicalTimeZone(zone)]).toEqual([expected, expected]);
  });

  it.each(['Etc/GMT+5', 'EST', '+05:00'])('refuses HIGHLIGHT_TIMEZONE %s, as a channel setting is refused', (zone) => {
    expect(() => loadConfig({ HIGHLIGHT_TIMEZONE: zone })).toThrow(/^HIGHLIGHT_TIMEZONE /u);
    expect(canonicalTimeZone(zone)).toBeUndefined();
  });

  it('reads SLACK_PORT 0 as any free port, for tests', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', SLACK_PORT: '0' }).slack?.port).toBe(0);
  });

  it('never puts a token value in its error message', () => {
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'secret-value', SLACK_APP_TOKEN: 'xapp-1' })).not.toThrow(/secret-value/u);
  });
});
