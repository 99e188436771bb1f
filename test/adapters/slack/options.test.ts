// The factory fails loudly, with a fix, on options that cannot work; and
// start() fails loudly when Slack refuses the token.

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../adapters/logger.js';
import { createSlackAdapter, type SlackAdapterOptions } from '../../../adapters/slack/index.js';
import { SlackDouble } from '../../doubles/slack/double.js';
import { APP_TOKEN, BOT_TOKEN, core } from './harness.js';

function options(overrides: Partial<SlackAdapterOptions> = {}, config: Partial<SlackAdapterOptions['config']> = {}): SlackAdapterOptions {
  return {
    config: {
      botToken: BOT_TOKEN,
      appToken: APP_TOKEN,
      signingSecret: undefined,
      apiUrl: 'http://127.0.0.1:9/api/',
      port: 3000,
      host: undefined,
      command: '/astana',
      defaultLanguage: 'en',
      ...config,
    },
    core: core(),
    highlights: undefined,
    logger: createLogger('silent'),
    rateLimitPerMinute: 10,
    ...overrides,
  };
}

describe('createSlackAdapter', () => {
  it('builds a Socket Mode adapter when an app token is given', () => {
    expect(createSlackAdapter(options()).mode).toBe('socket');
  });

  it('builds an HTTP mode adapter from a signing secret alone', () => {
    expect(createSlackAdapter(options({}, { appToken: undefined, signingSecret: 'secret-123456' })).mode).toBe('http');
  });

  it('rejects a bot token that is not xoxb-, saying where to find the right one', () => {
    expect(() => createSlackAdapter(options({}, { botToken: 'xapp-wrong' }))).toThrow(/slack adapter: config\.botToken .*OAuth & Permissions/);
  });

  it('rejects an app token that is not xapp-', () => {
    expect(() => createSlackAdapter(options({}, { appToken: 'xoxb-wrong' }))).toThrow(/config\.appToken .*connections:write/);
  });

  it('rejects a config with neither app token nor signing secret', () => {
    expect(() => createSlackAdapter(options({}, { appToken: undefined, signingSecret: undefined }))).toThrow(/SLACK_APP_TOKEN .*SLACK_SIGNING_SECRET/);
  });

  it('rejects an API URL that is not http(s)', () => {
    expect(() => createSlackAdapter(options({}, { apiUrl: 'ftp://example' }))).toThrow(/config\.apiUrl is 'ftp:\/\/example'/);
  });

  it('rejects a slash command that Slack would not accept', () => {
    expect(() => createSlackAdapter(options({}, { command: 'astana' }))).toThrow(/config\.command is 'astana'/);
  });

  it('rejects a missing core', () => {
    expect(() => createSlackAdapter(options({ core: undefined as never }))).toThrow(/core is not a Core: pass the result of createCore\(\)/);
  });

  it('rejects a rate limit that is not a positive whole number', () => {
    expect(() => createSlackAdapter(options({ rateLimitPerMinute: 0 }))).toThrow(/rateLimitPerMinute is '0'/);
  });

  it('fails to start in HTTP mode when SLACK_PORT is taken, naming SLACK_PORT', async () => {
    const double = await SlackDouble.start({ botToken: BOT_TOKEN, appToken: APP_TOKEN });
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as AddressInfo).port;
    try {
      const adapter = createSlackAdapter(options({}, { apiUrl: double.apiUrl, appToken: undefined, signingSecret: 'secret-123456', port, host: '127.0.0.1' }));
      await expect(adapter.start()).rejects.toThrow(new RegExp(`^SLACK_PORT ${port} is already in use`, 'u'));
    } finally {
      taken.close();
      await double.close();
    }
  });

  it('fails to start when Slack refuses the bot token', async () => {
    const double = await SlackDouble.start({ botToken: 'xoxb-the-real-one', appToken: APP_TOKEN });
    try {
      const adapter = createSlackAdapter(options({}, { apiUrl: double.apiUrl }));
      await expect(adapter.start()).rejects.toThrow(/^SLACK_BOT_TOKEN was refused by Slack \(invalid_auth\): .*OAuth & Permissions/u);
    } finally {
      await double.close();
    }
  });

  it('fails to start when Slack refuses the app token, naming SLACK_APP_TOKEN', async () => {
    const double = await SlackDouble.start({ botToken: BOT_TOKEN, appToken: 'xapp-the-real-one' });
    try {
      const adapter = createSlackAdapter(options({}, { apiUrl: double.apiUrl }));
      await expect(adapter.start()).rejects.toThrow(/^SLACK_APP_TOKEN was refused by Slack \(invalid_auth\): .*App-Level Tokens/u);
    } finally {
      await double.close();
    }
  });
});
