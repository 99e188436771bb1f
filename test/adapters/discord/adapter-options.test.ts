// The adapter takes settings loadConfig has already checked (bad ones are
// refused there, see test/adapters/config.test.ts); it fails loudly, with a
// fix, when Discord refuses them.

import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createDiscordAdapter, type DiscordAdapterOptions } from '../../../adapters/discord/index.js';
import { createLogger } from '../../../adapters/logger.js';
import { DiscordDouble } from '../../doubles/discord/double.js';
import { discordConfig, perMinute } from '../configs.js';
import { realCore } from './harness.js';

const config = discordConfig({ DISCORD_TOKEN: 'abc.def.ghi', DISCORD_API_URL: 'http://127.0.0.1:9/api' });
const options = (overrides: Partial<DiscordAdapterOptions> = {}): DiscordAdapterOptions => ({
  config,
  core: realCore(),
  highlights: undefined,
  logger: createLogger('silent'),
  rateLimitPerMinute: perMinute(10),
  ...overrides,
});

describe('createDiscordAdapter', () => {
  it('names itself discord, for the entry point and the scheduler', () =>
    expect([createDiscordAdapter(options()).name, createDiscordAdapter(options()).platform]).toEqual(['discord', 'discord']));

  it('fails to start with a token Discord rejects, naming the setting and not logging the token', async () => {
    const discord = await DiscordDouble.start();
    const lines: string[] = [];
    const logger = createLogger(
      'debug',
      new Writable({
        write: (c: Buffer, _e, done) => {
          lines.push(c.toString());
          done();
        },
      }),
    );
    const adapter = createDiscordAdapter(
      options({ config: discordConfig({ DISCORD_TOKEN: 'rejected.token.value', DISCORD_API_URL: discord.apiUrl }), logger }),
    );
    try {
      const error = await adapter.start().catch((e: unknown) => e);
      expect({ message: String(error), leaked: lines.join('').includes('rejected.token.value') }).toEqual({
        message: expect.stringContaining('check DISCORD_TOKEN'),
        leaked: false,
      });
    } finally {
      await adapter.stop();
      await discord.close();
    }
  });

  it('fails to start when the Message Content intent is asked for but not allowed, saying what to switch on', async () => {
    const discord = await DiscordDouble.start({ messageContentAllowed: false });
    const adapter = createDiscordAdapter(
      options({ config: discordConfig({ DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl, DISCORD_MESSAGE_CONTENT: 'true' }) }),
    );
    try {
      await expect(adapter.start()).rejects.toThrow(/Message Content Intent in the Developer Portal, or set DISCORD_MESSAGE_CONTENT=false/);
    } finally {
      await adapter.stop();
      await discord.close();
    }
  });
});
