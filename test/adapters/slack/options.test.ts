// The factory takes settings loadConfig has already checked (bad ones are
// refused there, see test/adapters/config.test.ts); start() fails loudly when
// Slack refuses a token or the port is taken.

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../adapters/logger.js';
import { createSlackAdapter, type SlackAdapterOptions } from '../../../adapters/slack/index.js';
import { SlackDouble } from '../../doubles/slack/double.js';
import { perMinute, slackConfig } from '../configs.js';
import { APP_TOKEN, BOT_TOKEN, core } from './harness.js';

function options(env: Record<string, string | undefined> = {}): SlackAdapterOptions {
  return {
    config: slackConfig({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN, SLACK_API_URL: 'http://127.0.0.1:9/api/', ...env }),
    core: core(),
    highlights: undefined,
    logger: createLogger('silent'),
    rateLimitPerMinute: perMinute(10),
  };
}

describe('createSlackAdapter', () => {
  it('builds a Socket Mode adapter when an app token is given', () => {
    expect(createSlackAdapter(options()).mode).toBe('socket');
  });

  it('builds an HTTP mode adapter from a signing secret alone', () => {
    expect(createSlackAdapter(options({ SLACK_APP_TOKEN: undefined, SLACK_SIGNING_SECRET: 'secret-123456' })).mode).toBe('http');
  });

  it('fails to start in HTTP mode when SLACK_PORT is taken, naming SLACK_PORT', async () => {
    const double = await SlackDouble.start({ botToken: BOT_TOKEN, appToken: APP_TOKEN });
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as AddressInfo).port;
    try {
      const adapter = createSlackAdapter(
        options({
          SLACK_API_URL: double.apiUrl,
          SLACK_APP_TOKEN: undefined,
          SLACK_SIGNING_SECRET: 'secret-123456',
          SLACK_PORT: String(port),
          SLACK_HOST: '127.0.0.1',
        }),
      );
      await expect(adapter.start()).rejects.toThrow(new RegExp(`^SLACK_PORT ${port} is already in use`, 'u'));
    } finally {
      taken.close();
      await double.close();
    }
  });

  it('fails to start when Slack refuses the bot token', async () => {
    const double = await SlackDouble.start({ botToken: 'xoxb-the-real-one', appToken: APP_TOKEN });
    try {
      const adapter = createSlackAdapter(options({ SLACK_API_URL: double.apiUrl }));
      await expect(adapter.start()).rejects.toThrow(/^SLACK_BOT_TOKEN was refused by Slack \(invalid_auth\): .*OAuth & Permissions/u);
    } finally {
      await double.close();
    }
  });

  it('fails to start when Slack refuses the app token, naming SLACK_APP_TOKEN', async () => {
    const double = await SlackDouble.start({ botToken: BOT_TOKEN, appToken: 'xapp-the-real-one' });
    try {
      const adapter = createSlackAdapter(options({ SLACK_API_URL: double.apiUrl }));
      await expect(adapter.start()).rejects.toThrow(/^SLACK_APP_TOKEN was refused by Slack \(invalid_auth\): .*App-Level Tokens/u);
    } finally {
      await double.close();
    }
  });
});
