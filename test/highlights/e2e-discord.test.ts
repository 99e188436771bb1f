// End to end in Discord: the real discord.js adapter against the Discord
// double, the real highlights on a SQLite file, the scheduler on a clock the
// test moves. A channel subscribes by slash command, the post arrives, status is right.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../adapters/logger.js';
import { createDiscordAdapter } from '../../adapters/discord/index.js';
import { nonceFor } from '../../adapters/discord/poster.js';
import { createHighlights, type Highlights } from '../../src/highlights/create.js';
import { postKey } from '../../src/highlights/plan.js';
import { LABEL_PAUSED, LABEL_SUBSCRIBED } from '../../src/messages.js';
import { BASIC_PERMISSIONS, DiscordDouble, MANAGE_CHANNELS, type Json } from '../doubles/discord/double.js';
import { InteractionType, slashCommand } from '../doubles/discord/interactions.js';
import { realCore, visibleText } from '../adapters/discord/harness.js';
import { FakeClock } from './helpers/fake-clock.js';

interface World {
  discord: DiscordDouble;
  adapter: ReturnType<typeof createDiscordAdapter>;
  highlights: Highlights;
  clock: FakeClock;
  channelId: string;
  dir: string;
}

let world: World | undefined;
afterEach(async () => {
  if (world === undefined) return;
  await world.adapter.stop();
  await world.highlights.close();
  await world.discord.close();
  rmSync(world.dir, { recursive: true, force: true });
  world = undefined;
});

async function start(at: string): Promise<World> {
  const dir = mkdtempSync(join(tmpdir(), 'highlights-e2e-discord-'));
  const clock = new FakeClock(at);
  const logger = createLogger('silent');
  const highlights = createHighlights({ db: join(dir, 'bot.sqlite'), core: realCore(), clock, logger, posters: [], defaults: { time: '09:00', timeZone: 'UTC' } });
  const discord = await DiscordDouble.start();
  const adapter = createDiscordAdapter({
    config: { token: discord.token, applicationId: undefined, apiUrl: discord.apiUrl, guildId: undefined, messageContent: false },
    core: realCore(),
    highlights: highlights.service,
    logger,
    rateLimitPerMinute: 1000,
  });
  await adapter.start();
  highlights.scheduler.addPoster(adapter);
  world = { discord, adapter, highlights, clock, channelId: discord.channel.id, dir };
  return world;
}

async function command(w: World, sub: string, options: Record<string, string> = {}): Promise<string> {
  const i = w.discord.dispatchInteraction(InteractionType.Command, slashCommand('astana-highlights', sub, options), {
    user: w.discord.admin,
    permissions: BASIC_PERMISSIONS | MANAGE_CHANNELS,
  });
  const callback = await w.discord.waitFor(() => i.callback, `the answer to /astana-highlights ${sub}`);
  const data = callback.data ?? (await w.discord.waitFor(() => i.original, `the edited answer to /astana-highlights ${sub}`));
  return visibleText(data);
}

/** Messages the scheduler posted: they carry a nonce. */
const posts = (w: World): Json[] => w.discord.channelMessages(w.channelId).filter((m) => m.nonce !== undefined);

describe('daily highlights in Discord, end to end', () => {
  it('subscribes by slash command and posts the highlight at the chosen local time', async () => {
    // Monday 8 July 2024, 10:00 in Moscow.
    const w = await start('2024-07-08T07:00:00Z');
    expect(await command(w, 'subscribe', { time: '09:00', timezone: 'Europe/Moscow' })).toContain(LABEL_SUBSCRIBED);
    const expected = w.highlights.service.preview({ platform: 'discord', channelId: w.channelId }, 'en');
    if (expected.kind !== 'highlight') throw new Error('no preview');
    w.highlights.scheduler.start();
    await w.clock.advanceTo('2024-07-09T05:59:00Z');
    expect(posts(w)).toHaveLength(0);
    await w.clock.advanceTo('2024-07-09T07:00:00Z');
    expect(posts(w).map((m) => visibleText(m))).toEqual([expect.stringContaining(`§${expected.highlight.paragraph}`)]);
  });

  it('carries the day’s key as the message nonce', async () => {
    const w = await start('2024-07-08T07:00:00Z');
    await command(w, 'subscribe', { time: '09:00', timezone: 'Europe/Moscow' });
    w.highlights.scheduler.start();
    await w.clock.advanceTo('2024-07-09T07:00:00Z');
    expect(posts(w).map((m) => m.nonce)).toEqual([nonceFor(postKey({ platform: 'discord', channelId: w.channelId }, '2024-07-09'))]);
  });

  it('tells the next post and its place in the cycle after a post', async () => {
    const w = await start('2024-07-08T07:00:00Z');
    await command(w, 'subscribe', { time: '09:00', timezone: 'Europe/Moscow' });
    w.highlights.scheduler.start();
    await w.clock.advanceTo('2024-07-09T07:00:00Z');
    expect(await command(w, 'status')).toContain('Wed 09:00 Europe/Moscow (2/40)');
  });

  it('pauses the subscription when the bot lost access to the channel, and says so in status', async () => {
    const w = await start('2024-07-08T07:00:00Z');
    await command(w, 'subscribe', { time: '09:00', timezone: 'UTC' });
    w.discord.inaccessible.set(w.channelId, { status: 403, code: 50001, message: 'Missing Access' });
    w.highlights.scheduler.start();
    await w.clock.advanceTo('2024-07-10T12:00:00Z');
    const attempts = w.discord.requests.filter((r) => r.method === 'POST' && r.path.endsWith(`/channels/${w.channelId}/messages`));
    expect(attempts).toHaveLength(1);
    w.discord.inaccessible.delete(w.channelId);
    expect(await command(w, 'status')).toContain(LABEL_PAUSED);
  });
});
