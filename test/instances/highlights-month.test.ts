// Issue 12's highlight target: a simulated month over three instances sharing
// one PostgreSQL database, with instances crashing at random while they send
// (before the message reaches the channel, or after it and before the post is
// recorded), each crash followed by a fresh instance. Every subscribed channel
// gets exactly one post on every local day: none missed, none twice.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../adapters/logger.js';
import type { Clock } from '../../src/highlights/clock.js';
import { createHighlights, type Highlights } from '../../src/highlights/create.js';
import type { HighlightPoster } from '../../src/highlights/ports.js';
import { addDays, zonedTime } from '../../src/highlights/time.js';
import { PostgresStore } from '../../src/store/postgres-store.js';
import { realCore } from '../adapters/discord/harness.js';
import { FakeClock } from '../highlights/helpers/fake-clock.js';
import { createTestDatabase, postgresServer, type TestDatabase } from '../support/postgres.js';

const server = postgresServer();
const START = '2024-07-01T00:00:00Z';
const END = '2024-07-31T23:59:00Z';
const CHANNELS = [
  { id: 'C0ALMATY', zone: 'Asia/Almaty', time: '09:00' },
  { id: 'C0MOSCOW', zone: 'Europe/Moscow', time: '08:30' },
  { id: 'C0NEWYORK', zone: 'America/New_York', time: '07:15' },
  { id: 'C0BEIJING', zone: 'Asia/Shanghai', time: '10:00' },
  { id: 'C0UTC', zone: 'UTC', time: '00:05' },
  { id: 'C0DELHI', zone: 'Asia/Kolkata', time: '23:55' },
];

/** A reproducible coin: the same crashes on every run. */
function coin(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

interface Channel {
  posts: { key: string; date: string }[];
}

let database: TestDatabase | undefined;
beforeAll(async () => {
  if (server !== undefined) database = await createTestDatabase(server);
});
afterAll(async () => {
  await database?.drop();
});

describe.skipIf(server === undefined)('a month of highlights over three crashing instances', () => {
  it('posts exactly once a day in every channel', { timeout: 240_000 }, async () => {
    const clock = new FakeClock(START);
    const channels = new Map<string, Channel>(CHANNELS.map((c) => [c.id, { posts: [] }]));
    const random = coin(20_240_704);
    const stores: PostgresStore[] = [];
    const crashes = { beforeSending: 0, afterSending: 0 };
    const working = new Set<Promise<unknown>>();
    /** Waits until every live instance's round started so far is done. */
    async function settled(): Promise<void> {
      while (working.size > 0) {
        const now = [...working];
        await Promise.allSettled(now);
        for (const w of now) working.delete(w);
      }
    }

    /** One instance; a crash stops it dead (no more writes, timers inert) and starts a replacement. */
    async function instance(): Promise<Highlights> {
      let dead = false;
      let died: () => void = () => undefined;
      const death = new Promise<void>((resolve) => {
        died = resolve;
      });
      // The instances' rounds run at the same time, as separate processes' would:
      // a timer starts its round and the clock does not wait for it (the test
      // waits for all of them between steps). A dead instance's timers do nothing,
      // and the round it was in never finishes.
      const own: Clock = {
        now: () => clock.now(),
        setTimer: (ms, callback) =>
          clock.setTimer(ms, () => {
            if (!dead) working.add(Promise.race([Promise.resolve(callback()), death]));
          }),
      };
      const crash = (): Promise<never> => {
        dead = true;
        died();
        void instance().then((next) => next.scheduler.start());
        return new Promise<never>(() => undefined);
      };
      const poster: HighlightPoster = {
        platform: 'slack',
        async post(channelId, highlight, key) {
          const roll = random();
          if (roll < 0.08) {
            crashes.beforeSending += 1;
            return crash();
          }
          // The day the post is for (a post for 23:55 may go out just after midnight when its instance crashed).
          channels.get(channelId)?.posts.push({ key, date: highlight.highlight.date });
          if (roll < 0.16) {
            crashes.afterSending += 1;
            return crash();
          }
        },
        async findPosted(channelId, key) {
          return channels.get(channelId)?.posts.some((p) => p.key === key) ?? false;
        },
      };
      const store = await PostgresStore.open({ url: database?.url ?? '', poolSize: 3 });
      stores.push(store);
      return createHighlights({
        db: store,
        core: realCore(),
        logger: createLogger('silent'),
        posters: [poster],
        clock: own,
        defaults: { time: '09:00', timeZone: 'UTC' },
        claimMs: 5 * 60_000,
        // Fewer idle wakes keep the month quick; a due post, or one left pending by a crash, still wakes them.
        maxSleepMs: 6 * 3_600_000,
      });
    }

    const fleet = [await instance(), await instance(), await instance()];
    for (const c of CHANNELS) await fleet[0]?.service.subscribe({ platform: 'slack', channelId: c.id }, { time: c.time, timeZone: c.zone }, 'en');
    for (const i of fleet) i.scheduler.start();
    for (let t = new Date(START).getTime(); t <= new Date(END).getTime(); t += 60_000) {
      await clock.advanceTo(t);
      await settled();
    }

    const report = CHANNELS.map((c) => {
      const dates = (channels.get(c.id)?.posts ?? []).map((p) => p.date);
      // Every local day whose post time fell inside the simulated month.
      const due = Array.from({ length: 33 }, (_, d) => addDays('2024-06-30', d)).filter((date) => {
        const at = zonedTime(date, c.time, c.zone).getTime();
        return at >= new Date(START).getTime() && at <= new Date(END).getTime();
      });
      return {
        channel: c.id,
        due: due.length,
        missed: due.filter((date) => !dates.includes(date)),
        twice: dates.filter((date, i) => dates.indexOf(date) !== i),
      };
    });
    await Promise.all(stores.map((s) => s.close()));
    expect(crashes.beforeSending + crashes.afterSending).toBeGreaterThan(5);
    expect(report.filter((r) => r.missed.length > 0 || r.twice.length > 0)).toEqual([]);
    expect(report.every((r) => r.due >= 30)).toBe(true);
  });
});
