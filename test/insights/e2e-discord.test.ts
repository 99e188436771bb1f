// The weekly digest in Discord, end to end: the real discord.js adapter
// against the Discord double, the digest's subscriptions and ledger on a
// SQLite file, its scheduler on a clock the test moves, and a fake MakeDigest
// returning a card and a real 1×1 PNG. The chart goes up as Discord takes a
// file (multipart/form-data) and is kept byte for byte.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDiscordAdapter, type DiscordAdapter } from '../../adapters/discord/index.js';
import { nonceFor } from '../../adapters/discord/poster.js';
import { createLogger } from '../../adapters/logger.js';
import { createDigests, type Digests } from '../../src/insights/create-digests.js';
import { digestKey } from '../../src/insights/digest-schedule.js';
import { say } from '../../src/present/catalogue.js';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { discordConfig, perMinute } from '../adapters/configs.js';
import { realCore, visibleText } from '../adapters/discord/harness.js';
import { BASIC_PERMISSIONS, DiscordDouble, MANAGE_GUILD, type Json } from '../doubles/discord/double.js';
import { InteractionType, slashCommand } from '../doubles/discord/interactions.js';
import type { UserFixture } from '../doubles/discord/fixtures.js';
import { FakeClock } from '../highlights/helpers/fake-clock.js';
import { askedRow, fakeMakeDigest, readPng } from './helpers.js';

interface World {
  discord: DiscordDouble;
  adapter: DiscordAdapter;
  store: Store;
  digests: Digests;
  made: ReturnType<typeof fakeMakeDigest>;
  clock: FakeClock;
  channelId: string;
  db: string;
  dir: string;
}

let world: World | undefined;
afterEach(async () => {
  if (world === undefined) return;
  await world.digests.scheduler.stop();
  await world.adapter.stop();
  await world.store.close().catch(() => undefined);
  await world.discord.close();
  const rejected = world.discord.rejected;
  rmSync(world.dir, { recursive: true, force: true });
  world = undefined;
  // Anything over Discord's limits fails the test that sent it.
  expect(rejected).toEqual([]);
});

function openDigests(store: Store, clock: FakeClock, made: ReturnType<typeof fakeMakeDigest>): Digests {
  return createDigests({ store, makeDigest: made.makeDigest, clock, logger: createLogger('silent'), defaults: { time: '09:00', timeZone: 'UTC' } });
}

async function start(at: string): Promise<World> {
  const dir = mkdtempSync(join(tmpdir(), 'digest-e2e-discord-'));
  const db = join(dir, 'bot.sqlite');
  const clock = new FakeClock(at);
  const store = new SqliteStore(db);
  const made = fakeMakeDigest();
  const digests = openDigests(store, clock, made);
  const discord = await DiscordDouble.start();
  const adapter = createDiscordAdapter({
    config: discordConfig({ DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl }),
    core: realCore(),
    highlights: undefined,
    digests: digests.service,
    logger: createLogger('silent'),
    rateLimitPerMinute: perMinute(1000),
  });
  await adapter.start();
  digests.scheduler.addPoster(adapter.digestPoster);
  world = { discord, adapter, store, digests, made, clock, channelId: discord.channel.id, db, dir };
  return world;
}

async function command(
  w: World,
  sub: string,
  options: Record<string, string> = {},
  as: { user?: UserFixture; permissions?: bigint; locale?: string } = {},
): Promise<string> {
  const i = w.discord.dispatchInteraction(InteractionType.Command, slashCommand('astana-insights', sub, options), {
    user: as.user ?? w.discord.admin,
    permissions: as.permissions ?? BASIC_PERMISSIONS | MANAGE_GUILD,
    ...(as.locale === undefined ? {} : { locale: as.locale }),
  });
  const callback = await w.discord.waitFor(() => i.callback, `the answer to /astana-insights ${sub}`);
  const data = callback.data ?? (await w.discord.waitFor(() => i.original, `the edited answer to /astana-insights ${sub}`));
  return visibleText(data);
}

/** Messages with an attachment: the digests. */
const digestPosts = (w: World): Json[] => w.discord.channelMessages(w.channelId).filter((m) => Array.isArray(m.attachments) && m.attachments.length > 0);

describe('the weekly insights digest in Discord, end to end', () => {
  it('subscribes by slash command and posts the digest once at its day, time and zone, the chart attached byte for byte', async () => {
    // Monday 8 July 2024, 12:00 in Shanghai; the digest on Wednesdays at 09:00 there (01:00 UTC).
    const w = await start('2024-07-08T04:00:00Z');
    expect(await command(w, 'subscribe', { day: 'Wed', time: '09:00', timezone: 'Asia/Shanghai' })).toContain(
      'This channel gets the weekly insights digest every Wednesday at 09:00 (Asia/Shanghai).',
    );
    w.digests.scheduler.start();
    await w.clock.advanceTo('2024-07-10T00:59:00Z');
    expect(digestPosts(w)).toHaveLength(0);
    await w.clock.advanceTo('2024-07-10T06:00:00Z');
    const posts = digestPosts(w);
    const attachment = (posts[0]?.attachments as Json[] | undefined)?.[0];
    const bytes = w.discord.attachmentBytes.get(String(attachment?.id)) ?? Buffer.alloc(0);
    const key = digestKey({ platform: 'discord', channelId: `${w.discord.guild.id}/${w.channelId}` }, '2024-07-10');
    const embed = (posts[0]?.embeds as Json[] | undefined)?.[0];
    expect({
      posts: posts.length,
      nonce: posts[0]?.nonce,
      card: visibleText(posts[0]).includes('Weekly insights'),
      filename: String(attachment?.filename),
      contentType: attachment?.content_type,
      description: attachment?.description,
      embedImage: (embed?.image as Json | undefined)?.url,
      sameBytes: bytes.equals(Buffer.from(w.made.png)),
      png: readPng(bytes),
      scope: w.made.calls.map((c) => [c.query.platform, c.query.scope]),
    }).toEqual({
      posts: 1,
      nonce: nonceFor(key),
      card: true,
      filename: expect.stringMatching(/^questions-per-topic-[0-9a-f]{16}\.png$/),
      contentType: 'image/png',
      description: 'Questions per topic',
      embedImage: `attachment://${String(attachment?.filename)}`,
      sameBytes: true,
      png: { width: 1, height: 1 },
      scope: [['discord', w.discord.guild.id]],
    });
  });

  it('needs Manage Server to subscribe, unsubscribe or forget; status is open to every member', async () => {
    const w = await start('2024-07-08T04:00:00Z');
    const member = { user: w.discord.alice, permissions: BASIC_PERMISSIONS };
    await w.store.insights.recordQuestion(
      askedRow({ platform: 'discord', scope: w.discord.guild.id, channelId: w.channelId, at: Date.parse('2024-07-07T00:00:00Z') }),
    );
    const refused = say('error.manageServer', 'en');
    expect({
      subscribe: await command(w, 'subscribe', { day: 'Fri' }, member),
      forget: await command(w, 'forget', {}, member),
      unsubscribe: await command(w, 'unsubscribe', {}, member),
      status: await command(w, 'status', {}, member),
    }).toEqual({ subscribe: refused, forget: refused, unsubscribe: refused, status: say('digest.none', 'en') });
    expect(await w.store.insights.questions({ since: 0, until: Date.parse('2025-01-01T00:00:00Z') })).toHaveLength(1);
    expect(await command(w, 'forget')).toContain('Deleted everything the insights kept for this channel: 1 questions');
    expect(await w.store.insights.questions({ since: 0, until: Date.parse('2025-01-01T00:00:00Z') })).toHaveLength(0);
  });

  it('answers in Chinese for a zh-CN member', async () => {
    const w = await start('2024-07-08T04:00:00Z');
    const zh = { locale: 'zh-CN' };
    expect(await command(w, 'subscribe', { day: 'Fri', time: '18:00', timezone: 'Asia/Shanghai' }, zh)).toContain(
      '本频道每周五 18:00（Asia/Shanghai）收到每周问答摘要。',
    );
    expect(await command(w, 'status', {}, { ...zh, user: w.discord.alice, permissions: BASIC_PERMISSIONS })).toContain('下一次摘要：周五 18:00 Asia/Shanghai');
    expect(await command(w, 'subscribe', {}, { ...zh, user: w.discord.alice, permissions: BASIC_PERMISSIONS })).toBe(say('error.manageServer', 'zh'));
  });

  it('finds its digest in the channel by the attachment after a crash between sending and recording, and does not post it again', async () => {
    const w = await start('2024-07-08T04:00:00Z');
    await command(w, 'subscribe', { day: 'Mon', time: '13:00', timezone: 'Asia/Shanghai' });
    const poster = w.adapter.digestPoster;
    let crashed = false;
    w.digests.scheduler.addPoster({
      platform: 'discord',
      post: async (channelId, digest, key) => {
        await poster.post(channelId, digest, key);
        crashed = true;
        await w.store.close();
      },
      findPosted: (channelId, key, since) => poster.findPosted(channelId, key, since),
    });
    w.clock.jumpTo('2024-07-08T05:00:00Z');
    await w.digests.scheduler.tick();
    expect(crashed).toBe(true);

    w.clock.jumpTo('2024-07-08T05:10:00Z');
    w.store = new SqliteStore(w.db);
    w.digests = openDigests(w.store, w.clock, w.made);
    w.digests.scheduler.addPoster(poster);
    await w.digests.scheduler.tick();
    const channelId = `${w.discord.guild.id}/${w.channelId}`;
    // Sent once: found by its attachment, not sent again (which the nonce would only have deduplicated for minutes).
    const sends = w.discord.requests.filter((r) => r.method === 'POST' && r.path.endsWith(`/channels/${w.channelId}/messages`)).length;
    expect({ posts: digestPosts(w).length, sends, state: (await w.store.digests.post({ platform: 'discord', channelId }, '2024-07-08'))?.state }).toEqual({
      posts: 1,
      sends: 1,
      state: 'sent',
    });
  });
});
