import { SqliteStore } from '../../src/store/sqlite-store.js';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Answer, AnswerOf } from '../../src/model.js';
import { localParts } from '../../src/highlights/time.js';
import { Harness, discordChannel, slackChannel } from './helpers/harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.cleanup();
  h = undefined;
});

function harness(start: string): Harness {
  h = new Harness(start);
  return h;
}

function subscription(answer: Answer): AnswerOf<'subscription'> {
  if (answer.kind !== 'subscription') throw new Error(`expected a subscription answer, got ${JSON.stringify(answer)}`);
  return answer;
}

const C1 = slackChannel('C1');
const at = (d: { at: Date }): string => d.at.toISOString();

describe('posting once a day', () => {
  it('posts at the chosen local time', async () => {
    const t = harness('2024-07-08T00:00:00Z');
    await t.hl.service.subscribe(C1, { time: '09:00', timeZone: 'Asia/Almaty' }, 'en');
    t.hl.scheduler.start();
    await t.clock.advanceTo('2024-07-08T12:00:00Z');
    expect(t.slack.to('C1').map(at)).toEqual(['2024-07-08T04:00:00.000Z']);
  });

  it('does not post for a day whose time had passed when the channel subscribed', async () => {
    const t = harness('2024-07-08T10:00:00Z');
    await t.hl.service.subscribe(C1, { time: '09:00' }, 'en');
    t.hl.scheduler.start();
    await t.clock.advanceTo('2024-07-09T08:00:00Z');
    expect(t.slack.to('C1')).toEqual([]);
  });

  it('wakes for a subscription made while it sleeps', async () => {
    const t = harness('2024-07-08T08:00:00Z');
    t.hl.scheduler.start();
    await t.clock.advance(1000);
    await t.hl.service.subscribe(C1, { time: '08:30' }, 'en');
    await t.clock.advanceTo('2024-07-08T08:31:00Z');
    expect(t.slack.to('C1').map(at)).toEqual(['2024-07-08T08:30:00.000Z']);
  });

  it('never posts twice on one local day, however often it wakes', async () => {
    const t = harness('2024-07-08T08:00:00Z');
    await t.hl.service.subscribe(C1, { time: '09:00' }, 'en');
    for (let minute = 0; minute < 180; minute += 7) {
      t.clock.jumpTo(Date.parse('2024-07-08T08:00:00Z') + minute * 60_000);
      await Promise.all([t.hl.scheduler.tick(), t.hl.scheduler.tick()]);
    }
    expect(t.slack.to('C1')).toHaveLength(1);
  });

  it('gives two channels in different zones each its own local time', async () => {
    const t = harness('2024-07-08T00:00:00Z');
    await t.hl.service.subscribe(C1, { time: '09:00', timeZone: 'Asia/Almaty' }, 'en');
    await t.hl.service.subscribe(discordChannel('D1'), { time: '09:00', timeZone: 'Europe/Moscow' }, 'en');
    t.hl.scheduler.start();
    await t.clock.advanceTo('2024-07-10T00:00:00Z');
    expect(t.slack.to('C1').map(at)).toEqual(['2024-07-08T04:00:00.000Z', '2024-07-09T04:00:00.000Z']);
    expect(t.discord.to('D1').map(at)).toEqual(['2024-07-08T06:00:00.000Z', '2024-07-09T06:00:00.000Z']);
  });

  it('stops posting after unsubscribe', async () => {
    const t = harness('2024-07-08T00:00:00Z');
    await t.hl.service.subscribe(C1, {}, 'en');
    t.hl.scheduler.start();
    await t.clock.advanceTo('2024-07-08T10:00:00Z');
    await t.hl.service.unsubscribe(C1, 'en');
    await t.clock.advanceTo('2024-07-11T10:00:00Z');
    expect(t.slack.to('C1')).toHaveLength(1);
  });

  it('carries on with the next commitment when a channel subscribes again', async () => {
    const t = harness('2024-07-08T00:00:00Z');
    await t.hl.service.subscribe(C1, {}, 'en');
    t.hl.scheduler.start();
    await t.clock.advanceTo('2024-07-08T10:00:00Z');
    await t.hl.service.unsubscribe(C1, 'en');
    await t.clock.advanceTo('2024-07-09T10:00:00Z');
    await t.hl.service.subscribe(C1, {}, 'en');
    await t.clock.advanceTo('2024-07-10T10:00:00Z');
    expect(t.slack.to('C1').map((d) => d.answer.highlight.position)).toEqual([1, 2]);
  });

  it('leaves no timer armed after close', async () => {
    const t = harness('2024-07-08T00:00:00Z');
    await t.hl.service.subscribe(C1, {}, 'en');
    t.hl.scheduler.start();
    await t.clock.advanceTo('2024-07-08T10:00:00Z');
    await t.hl.close();
    expect(t.clock.armed).toBe(0);
  });
});

describe('restarts', () => {
  it('posts once when restarted before the time', async () => {
    const t = harness('2024-07-08T07:00:00Z');
    await t.hl.service.subscribe(C1, { time: '09:00' }, 'en');
    t.hl.scheduler.start();
    await t.clock.advanceTo('2024-07-08T08:00:00Z');
    (await t.restart()).scheduler.start();
    await t.clock.advanceTo('2024-07-08T12:00:00Z');
    expect(t.slack.to('C1').map(at)).toEqual(['2024-07-08T09:00:00.000Z']);
  });

  it('posts on start when it was down at the time and comes back the same local day', async () => {
    const t = harness('2024-07-08T07:00:00Z');
    await t.hl.service.subscribe(C1, { time: '09:00' }, 'en');
    t.hl.scheduler.start();
    await t.clock.advanceTo('2024-07-08T08:00:00Z');
    await t.hl.close();
    t.clock.jumpTo('2024-07-08T11:00:00Z');
    (await t.restart()).scheduler.start();
    await t.clock.advanceTo('2024-07-09T10:00:00Z');
    expect(t.slack.to('C1').map(at)).toEqual(['2024-07-08T11:00:00.000Z', '2024-07-09T09:00:00.000Z']);
  });

  it('does not post again when restarted after the day’s post', async () => {
    const t = harness('2024-07-08T07:00:00Z');
    await t.hl.service.subscribe(C1, { time: '09:00' }, 'en');
    t.hl.scheduler.start();
    await t.clock.advanceTo('2024-07-08T10:00:00Z');
    (await t.restart()).scheduler.start();
    await t.clock.advanceTo('2024-07-08T23:00:00Z');
    expect(t.slack.to('C1')).toHaveLength(1);
  });

  it('does not post again after a crash between sending and recording: it finds the post in the channel', async () => {
    const t = harness('2024-07-08T07:00:00Z');
    await t.hl.service.subscribe(C1, { time: '09:00' }, 'en');
    t.slack.afterDelivery = async () => {
      t.slack.afterDelivery = undefined;
      t.crash();
    };
    t.hl.scheduler.start();
    await t.clock.advanceTo('2024-07-08T09:00:00Z');
    expect(t.slack.to('C1')).toHaveLength(1);

    t.clock.jumpTo('2024-07-08T09:05:00Z');
    t.hl.scheduler.start();
    await t.clock.advanceTo('2024-07-08T12:00:00Z');
    expect(t.slack.to('C1')).toHaveLength(1);
    expect(t.slack.findPostedCalls).toBe(1);
    expect((await t.hl.store.highlights.post(C1, '2024-07-08'))?.state).toBe('sent');
  });

  it('sends after a crash between recording the intent and sending, when the post is not in the channel', async () => {
    const t = harness('2024-07-08T07:00:00Z');
    await t.hl.service.subscribe(C1, { time: '09:00' }, 'en');
    t.slack.faults.set('C1', ['error']);
    t.hl.scheduler.start();
    await t.clock.advanceTo('2024-07-08T09:00:00Z');
    t.crash();
    t.clock.jumpTo('2024-07-08T09:30:00Z');
    t.hl.scheduler.start();
    await t.clock.advanceTo('2024-07-08T12:00:00Z');
    expect(t.slack.to('C1').map(at)).toEqual(['2024-07-08T09:30:00.000Z']);
  });

  it('keeps the stored order: the rotation is read back, not shuffled again', async () => {
    const t = harness('2024-07-08T07:00:00Z');
    await t.hl.service.subscribe(C1, { time: '09:00' }, 'en');
    t.hl.scheduler.start();
    await t.clock.advanceTo('2024-07-08T10:00:00Z');
    await t.hl.close();
    // As if an older version had stored another order: the new one must follow it.
    const db = new Database(t.db);
    const stored = JSON.parse((db.prepare('SELECT items FROM rotations WHERE cycle = 0').get() as { items: string }).items) as string[];
    const edited = [stored[0] ?? '', ...stored.slice(1).reverse()];
    db.prepare('UPDATE rotations SET items = ? WHERE cycle = 0').run(JSON.stringify(edited));
    db.close();
    (await t.restart()).scheduler.start();
    await t.clock.advanceTo('2024-07-11T10:00:00Z');
    expect(t.slack.to('C1').map((d) => `astana-declaration-2024#${d.answer.highlight.paragraph}`)).toEqual(edited.slice(0, 4));
  });
});

describe('failures', () => {
  it('retries a failed post with growing back-off until it goes through', async () => {
    const t = harness('2024-07-08T07:00:00Z');
    await t.hl.service.subscribe(C1, { time: '09:00' }, 'en');
    t.slack.faults.set('C1', ['error', 'error', 'error']);
    t.hl.scheduler.start();
    await t.clock.advanceTo('2024-07-08T12:00:00Z');
    expect(t.slack.attempts.map(at)).toEqual(['2024-07-08T09:00:00.000Z', '2024-07-08T09:01:00.000Z', '2024-07-08T09:03:00.000Z', '2024-07-08T09:07:00.000Z']);
    expect(t.slack.to('C1')).toHaveLength(1);
  });

  it('waits as long as a rate limit asks before retrying', async () => {
    const t = harness('2024-07-08T07:00:00Z');
    await t.hl.service.subscribe(C1, { time: '09:00' }, 'en');
    t.slack.faults.set('C1', ['rateLimited']);
    t.hl.scheduler.start();
    await t.clock.advanceTo('2024-07-08T12:00:00Z');
    expect(t.slack.attempts.map(at)).toEqual(['2024-07-08T09:00:00.000Z', '2024-07-08T09:02:00.000Z']);
  });

  it('does not post twice when a send fails after the message went through', async () => {
    const t = harness('2024-07-08T07:00:00Z');
    await t.hl.service.subscribe(C1, { time: '09:00' }, 'en');
    t.slack.faults.set('C1', ['errorAfterSending']);
    t.hl.scheduler.start();
    await t.clock.advanceTo('2024-07-08T12:00:00Z');
    expect(t.slack.to('C1')).toHaveLength(1);
    expect((await t.hl.store.highlights.post(C1, '2024-07-08'))?.state).toBe('sent');
  });

  it('keeps the retry time across a restart', async () => {
    const t = harness('2024-07-08T07:00:00Z');
    await t.hl.service.subscribe(C1, { time: '09:00' }, 'en');
    t.slack.faults.set('C1', ['rateLimited']);
    t.hl.scheduler.start();
    await t.clock.advanceTo('2024-07-08T09:00:30Z');
    (await t.restart()).scheduler.start();
    await t.clock.advanceTo('2024-07-08T12:00:00Z');
    expect(t.slack.attempts.map(at)).toEqual(['2024-07-08T09:00:00.000Z', '2024-07-08T09:02:00.000Z']);
  });

  it('does not hold up other channels while one fails', async () => {
    const t = harness('2024-07-08T07:00:00Z');
    await t.hl.service.subscribe(C1, { time: '09:00' }, 'en');
    await t.hl.service.subscribe(slackChannel('C2'), { time: '09:00' }, 'en');
    t.slack.faults.set(
      'C1',
      Array.from({ length: 50 }, () => 'error' as const),
    );
    t.hl.scheduler.start();
    await t.clock.advanceTo('2024-07-08T12:00:00Z');
    expect(t.slack.to('C2').map(at)).toEqual(['2024-07-08T09:00:00.000Z']);
  });

  it('gives up on a day that ends without a post, and shows that commitment the next day', async () => {
    const t = harness('2024-07-08T07:00:00Z');
    await t.hl.service.subscribe(C1, { time: '09:00' }, 'en');
    t.slack.faults.set(
      'C1',
      Array.from({ length: 30 }, () => 'error' as const),
    );
    t.hl.scheduler.start();
    await t.clock.advanceTo('2024-07-09T00:30:00Z');
    t.slack.faults.set('C1', []);
    const failedParagraph = (await t.hl.store.highlights.post(C1, '2024-07-08'))?.item;
    await t.clock.advanceTo('2024-07-09T10:00:00Z');
    expect((await t.hl.store.highlights.post(C1, '2024-07-08'))?.state).toBe('failed');
    expect(
      t.slack.to('C1').map((d) => [d.answer.highlight.date, `astana-declaration-2024#${d.answer.highlight.paragraph}`, d.answer.highlight.position]),
    ).toEqual([['2024-07-09', failedParagraph, 1]]);
  });

  it('logs each failed attempt with the channel and the error', async () => {
    const t = harness('2024-07-08T07:00:00Z');
    await t.hl.service.subscribe(C1, { time: '09:00' }, 'en');
    t.slack.faults.set('C1', ['error']);
    t.hl.scheduler.start();
    await t.clock.advanceTo('2024-07-08T10:00:00Z');
    expect(t.logs.filter((l) => l.msg === 'highlights: post failed; will retry').map((l) => [l.channelId, l.error])).toEqual([['C1', 'platform error 500']]);
  });
});

describe('a channel that is gone', () => {
  async function goneChannel(until = '2024-07-11T12:00:00Z'): Promise<Harness> {
    const t = harness('2024-07-08T07:00:00Z');
    await t.hl.service.subscribe(C1, { time: '09:00' }, 'en');
    t.slack.gone.add('C1');
    t.hl.scheduler.start();
    await t.clock.advanceTo(until);
    return t;
  }

  it('tries once, not again and again', async () => {
    const t = await goneChannel();
    expect([t.slack.attempts.length, t.slack.findPostedCalls]).toEqual([1, 0]);
  });

  it('pauses the subscription at once', async () => {
    const t = await goneChannel('2024-07-08T09:00:00Z');
    expect(subscription(await t.hl.service.status(C1, 'en')).subscription).toMatchObject({ subscribed: true, paused: true, next: undefined });
  });

  it('says so in one warning log line naming the channel', async () => {
    const t = await goneChannel();
    const lines = t.logs.filter((l) => l.msg === 'highlights: channel unavailable; subscription paused');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 40, channelId: 'C1', platform: 'slack' });
  });

  it('resumes with the same commitment when subscribed again', async () => {
    const t = await goneChannel();
    t.slack.gone.delete('C1');
    await t.hl.service.subscribe(C1, {}, 'en');
    await t.clock.advanceTo('2024-07-12T10:00:00Z');
    expect(t.slack.to('C1').map((d) => [d.answer.highlight.date, d.answer.highlight.position])).toEqual([['2024-07-12', 1]]);
  });
});

describe('status', () => {
  it('tells the next post time and place in the cycle after some days', async () => {
    const t = harness('2024-07-08T00:00:00Z');
    await t.hl.service.subscribe(C1, { time: '09:00', timeZone: 'Asia/Almaty' }, 'en');
    t.hl.scheduler.start();
    await t.clock.advanceTo('2024-07-12T12:00:00Z');
    // Five posts (Mon–Fri); the next is Saturday's, the sixth.
    expect(subscription(await t.hl.service.status(C1, 'en')).subscription.next).toEqual({
      at: '2024-07-13T04:00:00.000Z',
      localLabel: 'Sat 09:00 Asia/Almaty',
      position: 6,
      cycleLength: 40,
    });
  });

  it('counts a changed time from the next time the clock shows it', async () => {
    const t = harness('2024-07-08T00:00:00Z');
    await t.hl.service.subscribe(C1, { time: '12:00' }, 'en');
    t.hl.scheduler.start();
    await t.clock.advanceTo('2024-07-08T10:00:00Z');
    await t.hl.service.setTime(C1, '09:00', 'en');
    await t.clock.advanceTo('2024-07-09T10:00:00Z');
    expect(t.slack.to('C1').map((d) => localParts(d.at, 'UTC'))).toEqual([{ date: '2024-07-09', time: '09:00', weekday: 'Tue' }]);
  });
});

const CLAIM = { owner: 'test', until: 0 };

describe('the database', () => {
  it('refuses a second post for the same channel and local day', async () => {
    const t = harness('2024-07-08T00:00:00Z');
    const post = { localDate: '2024-07-08', item: 'astana-declaration-2024#19', cycle: 0, position: 1, cycleLength: 40, key: 'k1' };
    expect(await t.hl.store.highlights.insertPending(C1, post, 0, CLAIM)).toBe(true);
    expect(await t.hl.store.highlights.insertPending(C1, { ...post, key: 'k2' }, 0, CLAIM)).toBe(false);
  });

  it('enforces the rule in SQLite itself, for any writer', async () => {
    const t = harness('2024-07-08T00:00:00Z');
    await t.hl.store.highlights.insertPending(C1, { localDate: '2024-07-08', item: 'x#1', cycle: 0, position: 1, cycleLength: 40, key: 'k1' }, 0, CLAIM);
    const db = new Database(t.db);
    try {
      expect(() =>
        db
          .prepare(
            "INSERT INTO posts (platform, channel_id, local_date, item, cycle, position, cycle_length, post_key, state, created_at) VALUES ('slack', 'C1', '2024-07-08', 'x#2', 0, 2, 40, 'k2', 'pending', 0)",
          )
          .run(),
      ).toThrow(/UNIQUE/u);
    } finally {
      db.close();
    }
  });

  it('makes a consistent backup while in use', async () => {
    const t = harness('2024-07-08T00:00:00Z');
    await t.hl.service.subscribe(C1, { time: '07:45' }, 'en');
    const copy = `${t.dir}/backup/bot.sqlite`;
    if (!(t.hl.store instanceof SqliteStore)) throw new Error('the harness opens a SQLite file');
    await t.hl.store.backup(copy);
    const db = new Database(copy, { readonly: true });
    try {
      expect(db.prepare('SELECT channel_id, time FROM subscriptions').all()).toEqual([{ channel_id: 'C1', time: '07:45' }]);
    } finally {
      db.close();
    }
  });
});
