// The weekly digest in Slack, end to end: the real Bolt adapter against the
// Slack double, the digest's subscriptions and ledger on a SQLite file, its
// scheduler on a clock the test moves, and a fake MakeDigest (the report and
// chart are another module's) returning a card and a real 1×1 PNG.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../adapters/logger.js';
import { DIGEST_EVENT_TYPE } from '../../adapters/slack/digest-poster.js';
import { createDigests, type Digests } from '../../src/insights/create-digests.js';
import { digestKey } from '../../src/insights/digest-schedule.js';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { startHarness, type Harness } from '../adapters/slack/harness.js';
import { waitFor } from '../doubles/slack/wait.js';
import { FakeClock } from '../highlights/helpers/fake-clock.js';
import { askedRow, fakeMakeDigest, readPng } from './helpers.js';

const CHANNEL = 'C0E2EDG01';

interface World {
  slack: Harness;
  store: Store;
  digests: Digests;
  made: ReturnType<typeof fakeMakeDigest>;
  clock: FakeClock;
  db: string;
  dir: string;
}

let world: World | undefined;
afterEach(async () => {
  if (world === undefined) return;
  await world.digests.scheduler.stop();
  await world.slack.close();
  await world.store.close().catch(() => undefined);
  rmSync(world.dir, { recursive: true, force: true });
  world = undefined;
});

function openDigests(store: Store, clock: FakeClock, made: ReturnType<typeof fakeMakeDigest>): Digests {
  return createDigests({ store, makeDigest: made.makeDigest, clock, logger: createLogger('silent'), defaults: { time: '09:00', timeZone: 'UTC' } });
}

async function start(at: string): Promise<World> {
  const dir = mkdtempSync(join(tmpdir(), 'digest-e2e-slack-'));
  const db = join(dir, 'bot.sqlite');
  const clock = new FakeClock(at);
  const store = new SqliteStore(db);
  const made = fakeMakeDigest();
  const digests = openDigests(store, clock, made);
  const slack = await startHarness({ digests: digests.service, logLevel: 'warn', now: () => clock.now() });
  digests.scheduler.addPoster(slack.adapter.digestPoster);
  slack.double.admins.add(ADMIN);
  world = { slack, store, digests, made, clock, db, dir };
  return world;
}

/** A workspace admin (users.info says so); MEMBER is not one. */
const ADMIN = 'U0E2EDG01';
const MEMBER = 'U0E2EMEM1';

async function command(w: World, text: string, userId = ADMIN): Promise<string> {
  const delivery = w.slack.double.sendSlashCommand({ text, channelId: CHANNEL, userId });
  const body = (await waitFor(`an answer to '${text}'`, () => w.slack.double.responsesTo(delivery.responseId)[0])).body;
  return `${typeof body.text === 'string' ? body.text : ''}\n${JSON.stringify(body.blocks ?? [])}`;
}

const digestPosts = (w: World) => w.slack.double.messages.filter((m) => m.channel === CHANNEL && JSON.stringify(m.metadata ?? {}).includes(DIGEST_EVENT_TYPE));

/** The file the digest's image block shows. */
function imageFileId(blocks: unknown): string | undefined {
  const image = (Array.isArray(blocks) ? blocks : []).find((b: { type?: unknown }) => b.type === 'image') as { slack_file?: { id?: string } } | undefined;
  return image?.slack_file?.id;
}

describe('the weekly insights digest in Slack, end to end', () => {
  it('subscribes by slash command and posts the digest once, at the chosen day, time and zone, with the chart uploaded intact', async () => {
    // Monday 8 July 2024, 12:00 in Shanghai; the digest on Wednesdays at 09:00 there (01:00 UTC).
    const w = await start('2024-07-08T04:00:00Z');
    expect(await command(w, 'insights subscribe Wed 09:00 Asia/Shanghai')).toContain(
      'This channel gets the weekly insights digest every Wednesday at 09:00 (Asia/Shanghai).',
    );
    w.digests.scheduler.start();
    await w.clock.advanceTo('2024-07-10T00:59:00Z');
    expect(digestPosts(w)).toHaveLength(0);
    await w.clock.advanceTo('2024-07-10T06:00:00Z');
    const posts = digestPosts(w);
    const fileId = imageFileId(posts[0]?.blocks);
    const file = fileId === undefined ? undefined : w.slack.double.files.get(fileId);
    expect({
      posts: posts.length,
      key: posts[0]?.metadata,
      card: JSON.stringify(posts[0]?.blocks).includes('Weekly insights'),
      uploads: w.slack.double.calledWith('files.getUploadURLExternal').map((c) => [c.args.filename, c.args.length]),
      completed: file?.completed,
      // Completed without a channel: the message shows it, nothing else does.
      sharedIn: file?.channels,
      sameBytes: file?.bytes?.equals(Buffer.from(w.made.png)),
      png: readPng(file?.bytes ?? new Uint8Array()),
      scope: w.made.calls.map((c) => [c.query.platform, c.query.scope]),
    }).toEqual({
      posts: 1,
      key: {
        event_type: DIGEST_EVENT_TYPE,
        event_payload: { key: digestKey({ platform: 'slack', channelId: `${w.slack.double.teamId}/${CHANNEL}` }, '2024-07-10') },
      },
      card: true,
      uploads: [['questions-per-topic.png', String(w.made.png.length)]],
      completed: true,
      sharedIn: [],
      sameBytes: true,
      png: { width: 1, height: 1 },
      scope: [['slack', w.slack.double.teamId]],
    });
  });

  it('answers the commands in Chinese when asked in Chinese, and forget deletes the channel’s questions', async () => {
    const w = await start('2024-07-08T04:00:00Z');
    const at = Date.parse('2024-07-07T00:00:00Z');
    await w.store.insights.recordQuestion(askedRow({ platform: 'slack', scope: w.slack.double.teamId, channelId: CHANNEL, at }));
    await w.store.insights.recordQuestion(askedRow({ platform: 'slack', scope: w.slack.double.teamId, channelId: 'C0ELSEWHERE', at }));
    expect(await command(w, '洞察 订阅 周五 18:00 Asia/Shanghai')).toContain('本频道每周五 18:00（Asia/Shanghai）收到每周问答摘要。');
    expect(await command(w, '洞察 状态')).toContain('下一次摘要：周五 18:00 Asia/Shanghai');
    expect(await command(w, 'insights forget')).toContain('Deleted everything the insights kept for this channel: 1 questions');
    const left = await w.store.insights.questions({ since: 0, until: Date.parse('2025-01-01T00:00:00Z') });
    expect(left.map((q) => q.channelId)).toEqual(['C0ELSEWHERE']);
    expect(await command(w, '洞察 退订')).toContain('本频道已取消每周问答摘要。');
  });

  it('lets only workspace admins change the digest or delete what it keeps; anyone may read its status', async () => {
    const w = await start('2024-07-08T04:00:00Z');
    await w.store.insights.recordQuestion(
      askedRow({ platform: 'slack', scope: w.slack.double.teamId, channelId: CHANNEL, at: Date.parse('2024-07-07T00:00:00Z') }),
    );
    const refused = 'Only workspace admins and owners can change this channel’s insights digest or delete what it keeps.';
    expect([
      await command(w, 'insights subscribe Wed 09:00 UTC', MEMBER),
      await command(w, '洞察 删除', MEMBER),
      await command(w, 'insights status', MEMBER),
    ]).toEqual([
      expect.stringContaining(refused),
      expect.stringContaining('只有工作区管理员和所有者才能更改本频道的问答摘要或删除其保存的记录。'),
      expect.stringContaining('This channel is not subscribed'),
    ]);
    const kept = await w.store.insights.questions({ since: 0, until: Date.parse('2025-01-01T00:00:00Z') });
    expect([kept.length, await w.store.digests.subscription({ platform: 'slack', channelId: `${w.slack.double.teamId}/${CHANNEL}` })]).toEqual([1, undefined]);
    expect(w.slack.double.calls.filter((c) => c.method === 'users.info').map((c) => c.args.user)).toEqual([MEMBER, MEMBER]);
  });

  it('finds its digest in the channel history after a crash between sending and recording, and does not post it again', async () => {
    const w = await start('2024-07-08T04:00:00Z');
    await command(w, 'insights subscribe Mon 13:00 Asia/Shanghai');
    const poster = w.slack.adapter.digestPoster;
    let crashed = false;
    w.digests.scheduler.addPoster({
      platform: 'slack',
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
    expect(digestPosts(w)).toHaveLength(1);
    expect(w.slack.double.calledWith('conversations.history').length).toBeGreaterThan(0);
    const channelId = `${w.slack.double.teamId}/${CHANNEL}`;
    expect((await w.store.digests.post({ platform: 'slack', channelId }, '2024-07-08'))?.state).toBe('sent');
  });
});
