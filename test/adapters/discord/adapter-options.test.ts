import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { DiscordConfig } from '../../../adapters/config.js';
import { createDiscordAdapter, type DiscordAdapterOptions } from '../../../adapters/discord/index.js';
import { createLogger } from '../../../adapters/logger.js';
import { DiscordDouble } from '../../doubles/discord/double.js';
import { realCore } from './harness.js';

const config: DiscordConfig = { token: 'abc.def.ghi', applicationId: undefined, apiUrl: 'http://127.0.0.1:9/api', guildId: undefined, messageContent: false };
const options = (overrides: Partial<DiscordAdapterOptions> = {}): DiscordAdapterOptions => ({
  config,
  core: realCore(),
  highlights: undefined,
  logger: createLogger('silent'),
  rateLimitPerMinute: 10,
  ...overrides,
});

describe('createDiscordAdapter', () => {
  it('refuses an empty token, saying where to get one', () =>
    expect(() => createDiscordAdapter(options({ config: { ...config, token: ' ' } }))).toThrow(
      /DISCORD_TOKEN is empty; copy the bot token from the Developer Portal/,
    ));
  it('refuses a token pasted with "Bot " in front', () =>
    expect(() => createDiscordAdapter(options({ config: { ...config, token: 'Bot abc' } }))).toThrow(/without quotes or "Bot " in front/));
  it('refuses an API URL that is not http(s)', () =>
    expect(() => createDiscordAdapter(options({ config: { ...config, apiUrl: 'ftp://x' } }))).toThrow(/DISCORD_API_URL 'ftp:\/\/x' is not an http\(s\) URL/));
  it('refuses a rate limit that is not a positive whole number', () =>
    expect(() => createDiscordAdapter(options({ rateLimitPerMinute: 0 }))).toThrow(/rateLimitPerMinute is 0/));
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
    const adapter = createDiscordAdapter(options({ config: { ...config, token: 'rejected.token.value', apiUrl: discord.apiUrl }, logger }));
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
    const adapter = createDiscordAdapter(options({ config: { ...config, token: discord.token, apiUrl: discord.apiUrl, messageContent: true } }));
    try {
      await expect(adapter.start()).rejects.toThrow(/Message Content Intent in the Developer Portal, or set DISCORD_MESSAGE_CONTENT=false/);
    } finally {
      await adapter.stop();
      await discord.close();
    }
  });
});
