// End to end in Slack: the real Bolt adapter against the Slack double, the
// real highlights on a SQLite file, the scheduler on a clock the test moves.
// A channel subscribes by slash command, the post arrives, status is right.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../adapters/logger.js';
import { HIGHLIGHT_EVENT_TYPE } from '../../adapters/slack/poster.js';
import { createHighlights, type Highlights } from '../../src/highlights/create.js';
import { postKey } from '../../src/highlights/plan.js';
import { say } from '../../src/present/catalogue.js';
import { plain, type AnswerOf } from '../../src/model.js';
import { waitFor } from '../doubles/slack/wait.js';
import { core, startHarness, type Harness } from '../adapters/slack/harness.js';
import { FakeClock } from './helpers/fake-clock.js';

const CHANNEL = 'C0E2EHL01';

interface World {
  slack: Harness;
  highlights: Highlights;
  clock: FakeClock;
  db: string;
  dir: string;
}

let world: World | undefined;
afterEach(async () => {
  if (world === undefined) return;
  await world.slack.close();
  await world.highlights.close();
  rmSync(world.dir, { recursive: true, force: true });
  world = undefined;
});

function openHighlights(db: string, clock: FakeClock): Highlights {
  return createHighlights({ db, core: core(), clock, logger: createLogger('silent'), posters: [], defaults: { time: '09:00', timeZone: 'UTC' } });
}

async function start(at: string): Promise<World> {
  const dir = mkdtempSync(join(tmpdir(), 'highlights-e2e-slack-'));
  const db = join(dir, 'bot.sqlite');
  const clock = new FakeClock(at);
  const highlights = openHighlights(db, clock);
  const slack = await startHarness({ highlights: highlights.service, logLevel: 'warn', now: () => clock.now() });
  highlights.scheduler.addPoster(slack.adapter);
  world = { slack, highlights, clock, db, dir };
  return world;
}

async function command(w: World, text: string, channelId = CHANNEL): Promise<string> {
  const delivery = w.slack.double.sendSlashCommand({ text, channelId, userId: 'U0E2EHL01' });
  const body = (await waitFor(`an answer to '${text}'`, () => w.slack.double.responsesTo(delivery.responseId)[0])).body;
  // The notification text is the card's first line; the rest (the next post, a pause) is in the blocks.
  return `${typeof body.text === 'string' ? body.text : ''}\n${JSON.stringify(body.blocks ?? [])}`;
}

const posts = (w: World): ReturnType<World['slack']['double']['messages']['filter']> =>
  w.slack.double.messages.filter((m) => m.channel === CHANNEL && typeof m.metadata === 'object' && m.metadata !== null);

async function preview(w: World): Promise<AnswerOf<'highlight'>> {
  const a = await w.highlights.service.preview({ platform: 'slack', channelId: CHANNEL }, 'en');
  if (a.kind !== 'highlight') throw new Error(`preview answered ${a.kind}`);
  return a;
}

describe('daily highlights in Slack, end to end', () => {
  it('subscribes by slash command and posts the highlight at the chosen local time', async () => {
    // Monday 8 July 2024, 12:00 in Almaty.
    const w = await start('2024-07-08T07:00:00Z');
    expect(await command(w, 'highlights subscribe 09:00 Asia/Almaty')).toContain('This channel gets a daily highlight at 09:00');
    const expected = (await preview(w)).highlight;
    w.highlights.scheduler.start();
    await w.clock.advanceTo('2024-07-09T03:59:00Z');
    expect(posts(w)).toHaveLength(0);
    await w.clock.advanceTo('2024-07-09T05:00:00Z');
    expect(posts(w).map((m) => m.text)).toEqual([expect.stringContaining(`§${expected.paragraph}`)]);
  });

  it('posts the committing sentences, the unofficial English and the key in the metadata', async () => {
    const w = await start('2024-07-08T07:00:00Z');
    await command(w, 'highlights subscribe 09:00 Asia/Almaty');
    const expected = (await preview(w)).highlight;
    w.highlights.scheduler.start();
    await w.clock.advanceTo('2024-07-09T05:00:00Z');
    const [message] = posts(w);
    const blocks = JSON.stringify(message?.blocks);
    expect(blocks).toContain(plain(expected.quote).slice(0, 30));
    expect(blocks).toContain(say('label.english', 'en'));
    expect(message?.metadata).toEqual({
      event_type: HIGHLIGHT_EVENT_TYPE,
      event_payload: { key: postKey({ platform: 'slack', channelId: CHANNEL }, '2024-07-09') },
    });
  });

  it('posts the place in the cycle and a button to the whole paragraph', async () => {
    const w = await start('2024-07-08T07:00:00Z');
    await command(w, 'highlights subscribe 09:00 Asia/Almaty');
    const expected = (await preview(w)).highlight;
    w.highlights.scheduler.start();
    await w.clock.advanceTo('2024-07-09T05:00:00Z');
    const [message] = posts(w);
    const blocks = JSON.stringify(message?.blocks);
    expect({
      place: blocks.includes(`commitment 1 of ${expected.cycleLength}`),
      button: blocks.includes(`"value":"para:astana-declaration-2024:${expected.paragraph}:${expected.paragraph}:en"`),
    }).toEqual({ place: true, button: true });
  });

  it('tells the next post and its place in the cycle after a post', async () => {
    const w = await start('2024-07-08T07:00:00Z');
    await command(w, 'highlights subscribe 09:00 Asia/Almaty');
    w.highlights.scheduler.start();
    await w.clock.advanceTo('2024-07-09T05:00:00Z');
    expect(await command(w, 'highlights status')).toContain('Next: Wed 09:00 Asia/Almaty, commitment 2 of 40');
  });

  it('finds its post in the channel history after a crash between sending and recording, and does not post again', async () => {
    const w = await start('2024-07-08T07:00:00Z');
    await command(w, 'highlights subscribe 09:00 UTC');
    const poster = w.slack.adapter;
    // The first delivery goes through, then the process dies before recording it.
    let crashed = false;
    w.highlights.scheduler.addPoster({
      platform: 'slack',
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

    w.clock.jumpTo('2024-07-08T09:10:00Z');
    w.highlights = openHighlights(w.db, w.clock);
    w.highlights.scheduler.addPoster(poster);
    await w.highlights.scheduler.tick();
    expect(posts(w)).toHaveLength(1);
    expect(w.slack.double.calledWith('conversations.history').length).toBeGreaterThan(0);
    expect((await w.highlights.store.highlights.post({ platform: 'slack', channelId: CHANNEL }, '2024-07-08'))?.state).toBe('sent');
  });

  it('pauses the subscription when the bot was removed from the channel, and says so in status', async () => {
    const w = await start('2024-07-08T07:00:00Z');
    await command(w, 'highlights subscribe 09:00 UTC');
    w.slack.double.setChannelError(CHANNEL, 'not_in_channel');
    w.highlights.scheduler.start();
    await w.clock.advanceTo('2024-07-10T12:00:00Z');
    expect(w.slack.double.calledWith('chat.postMessage').filter((c) => c.args.channel === CHANNEL)).toHaveLength(1);
    w.slack.double.setChannelError(CHANNEL, undefined);
    expect(await command(w, 'highlights status')).toContain(say('subscription.paused', 'en'));
  });

  it('pauses an archived channel, shown as Paused in status, while another channel gets every post; subscribing again resumes it', async () => {
    const other = 'C0E2EHL02';
    const w = await start('2024-07-08T07:00:00Z');
    await command(w, 'highlights subscribe 09:00 UTC');
    await command(w, 'highlights subscribe 09:00 UTC', other);
    w.slack.double.setChannelError(CHANNEL, 'is_archived');
    w.highlights.scheduler.start();
    await w.clock.advanceTo('2024-07-10T12:00:00Z');
    const attempts = (channel: string): number => w.slack.double.calledWith('chat.postMessage').filter((c) => c.args.channel === channel).length;
    const triedWhileArchived = attempts(CHANNEL);
    const pausedStatus = await command(w, 'highlights status');
    w.slack.double.setChannelError(CHANNEL, undefined);
    await command(w, 'highlights subscribe 09:00 UTC');
    await w.clock.advanceTo('2024-07-11T12:00:00Z');
    expect({
      // One refused attempt, then no more until the channel subscribes again.
      triedWhileArchived,
      paused: pausedStatus.includes(say('subscription.paused', 'en')),
      resumedPosts: posts(w).length,
      otherPosts: w.slack.double.messages.filter((m) => m.channel === other && m.metadata !== undefined).length,
    }).toEqual({ triedWhileArchived: 1, paused: true, resumedPosts: 1, otherPosts: 4 });
  });
});
