// End to end in Discord: the real discord.js adapter against the Discord
// double, the real highlights on a SQLite file, the scheduler on a clock the
// test moves. A channel subscribes by slash command, the post arrives, status is right.
import { say } from '../../src/present/catalogue.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../adapters/logger.js';
import { createDiscordAdapter } from '../../adapters/discord/index.js';
import { nonceFor } from '../../adapters/discord/poster.js';
import { createHighlights, type Highlights } from '../../src/highlights/create.js';
import { postKey } from '../../src/highlights/plan.js';
import { BASIC_PERMISSIONS, DiscordDouble, MANAGE_CHANNELS, type Json } from '../doubles/discord/double.js';
import { InteractionType, slashCommand } from '../doubles/discord/interactions.js';
import { discordConfig, perMinute } from '../adapters/configs.js';
import { buttonsOf, realCore, visibleText } from '../adapters/discord/harness.js';
import { FakeClock } from './helpers/fake-clock.js';

// The catalogue's words the assertions below look for.
const UNOFFICIAL_LABEL = { en: say('label.english', 'en') };
const LABEL_PAUSED = say('subscription.paused', 'en');
const LABEL_SUBSCRIBED = 'This channel gets a daily highlight';
const LABEL_WHOLE_PARAGRAPH = say('action.paragraph', 'en');

interface World {
  discord: DiscordDouble;
  adapter: ReturnType<typeof createDiscordAdapter>;
  highlights: Highlights;
  clock: FakeClock;
  channelId: string;
  db: string;
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

function openHighlights(db: string, clock: FakeClock): Highlights {
  return createHighlights({ db, core: realCore(), clock, logger: createLogger('silent'), posters: [], defaults: { time: '09:00', timeZone: 'UTC' } });
}

async function start(at: string): Promise<World> {
  const dir = mkdtempSync(join(tmpdir(), 'highlights-e2e-discord-'));
  const db = join(dir, 'bot.sqlite');
  const clock = new FakeClock(at);
  const logger = createLogger('silent');
  const highlights = openHighlights(db, clock);
  const discord = await DiscordDouble.start();
  const adapter = createDiscordAdapter({
    config: discordConfig({ DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl }),
    core: realCore(),
    highlights: highlights.service,
    logger,
    rateLimitPerMinute: perMinute(1000),
  });
  await adapter.start();
  highlights.scheduler.addPoster(adapter);
  world = { discord, adapter, highlights, clock, channelId: discord.channel.id, db, dir };
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
    const expected = await w.highlights.service.preview({ platform: 'discord', channelId: w.channelId }, 'en');
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

  it('posts the place in the cycle, the unofficial English and a button to the whole paragraph', async () => {
    const w = await start('2024-07-08T07:00:00Z');
    await command(w, 'subscribe', { time: '09:00', timezone: 'Europe/Moscow' });
    const expected = await w.highlights.service.preview({ platform: 'discord', channelId: w.channelId }, 'en');
    if (expected.kind !== 'highlight') throw new Error('no preview');
    w.highlights.scheduler.start();
    await w.clock.advanceTo('2024-07-09T07:00:00Z');
    const [post] = posts(w);
    const text = visibleText(post);
    expect({
      place: text.includes(`commitment 1 of ${expected.highlight.cycleLength}`),
      english: text.includes(UNOFFICIAL_LABEL.en),
      button: buttonsOf(post)
        .filter((b) => b.custom_id.startsWith(`para:${expected.highlight.document.id}:${expected.highlight.paragraph}:`))
        .map((b) => b.label),
    }).toEqual({ place: true, english: true, button: [`${LABEL_WHOLE_PARAGRAPH} §${expected.highlight.paragraph}`] });
  });

  it('tells the next post and its place in the cycle after a post', async () => {
    const w = await start('2024-07-08T07:00:00Z');
    await command(w, 'subscribe', { time: '09:00', timezone: 'Europe/Moscow' });
    w.highlights.scheduler.start();
    await w.clock.advanceTo('2024-07-09T07:00:00Z');
    expect(await command(w, 'status')).toContain('Next: Wed 09:00 Europe/Moscow, commitment 2 of 40');
  });

  it('finds its post by its button after a crash between sending and recording, and does not send again', async () => {
    const w = await start('2024-07-08T07:00:00Z');
    await command(w, 'subscribe', { time: '09:00', timezone: 'UTC' });
    const poster = w.adapter;
    // The first delivery goes through, then the process dies before recording it.
    let crashed = false;
    w.highlights.scheduler.addPoster({
      platform: 'discord',
      post: async (channelId, highlight, key) => {
        await poster.post(channelId, highlight, key);
        crashed = true;
        w.highlights.store.close();
      },
      findPosted: (channelId, key, since) => poster.findPosted(channelId, key, since),
    });
    w.clock.jumpTo('2024-07-08T09:00:00Z');
    await w.highlights.scheduler.tick();
    expect(crashed).toBe(true);

    // Back an hour later: enforce_nonce would no longer catch a repeat, and listed messages carry no nonce.
    w.clock.jumpTo('2024-07-08T10:00:00Z');
    w.highlights = openHighlights(w.db, w.clock);
    w.highlights.scheduler.addPoster(poster);
    await w.highlights.scheduler.tick();
    const calls = (method: string): number =>
      w.discord.requests.filter((r) => r.method === method && r.path.endsWith(`/channels/${w.channelId}/messages`)).length;
    expect({
      sends: calls('POST'),
      lookups: calls('GET') > 0,
      state: (await w.highlights.store.highlights.post({ platform: 'discord', channelId: w.channelId }, '2024-07-08'))?.state,
    }).toEqual({ sends: 1, lookups: true, state: 'sent' });
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
