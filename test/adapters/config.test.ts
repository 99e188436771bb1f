import { describe, expect, it } from 'vitest';
import { CONFIG_DEFAULTS, ConfigError, loadConfig } from '../../adapters/config.js';

describe('loadConfig', () => {
  it('runs the console alone with no chat credentials, with defaults', () => {
    expect(loadConfig({})).toEqual({
      logLevel: CONFIG_DEFAULTS.logLevel,
      databasePath: CONFIG_DEFAULTS.databasePath,
      highlightTime: '09:00',
      highlightTimeZone: 'UTC',
      rateLimitPerMinute: 10,
      slack: undefined,
      discord: undefined,
    });
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
    });
  });

  it.each([
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ HIGHLIGHT_TIME: '25:00' }, 'HIGHLIGHT_TIME'],
    [{ HIGHLIGHT_TIMEZONE: 'Mars/Olympus' }, 'HIGHLIGHT_TIMEZONE'],
    [{ RATE_LIMIT_PER_MINUTE: '-1' }, 'RATE_LIMIT_PER_MINUTE'],
    [{ SLACK_APP_TOKEN: 'xapp-1' }, 'SLACK_BOT_TOKEN'],
    [{ SLACK_BOT_TOKEN: 'abc', SLACK_APP_TOKEN: 'xapp-1' }, 'SLACK_BOT_TOKEN'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1' }, 'SLACK_APP_TOKEN'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_API_URL: 'ftp://x' }, 'SLACK_API_URL'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_COMMAND: 'astana' }, 'SLACK_COMMAND'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', SLACK_HOST: 'http://0.0.0.0:3000' }, 'SLACK_HOST'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_DEFAULT_LANGUAGE: 'ru' }, 'SLACK_DEFAULT_LANGUAGE'],
    [{ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: 'abc' }, 'DISCORD_APPLICATION_ID'],
    [{ DISCORD_TOKEN: 't', DISCORD_MESSAGE_CONTENT: 'yes' }, 'DISCORD_MESSAGE_CONTENT'],
  ])('stops on %j, naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^${variable} `, 'u'));
  });

  it('never puts a token value in its error message', () => {
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'secret-value', SLACK_APP_TOKEN: 'xapp-1' })).not.toThrow(/secret-value/u);
  });
});
