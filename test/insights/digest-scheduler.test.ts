// The weekly digest's scheduling and exactly-once delivery, on real SQLite
// files with a clock the test moves: posted once at its day, time and zone,
// covering the channel's workspace or server for the 7 days before; never
// twice by two instances at once; found in the channel, not sent again, after
// a crash between sending and recording.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../adapters/logger.js';
import { createDigests, type Digests } from '../../src/insights/create-digests.js';
import { type Metrics, NO_METRICS } from '../../adapters/operations/metrics.js';
import { createMetrics } from '../../adapters/operations/prometheus.js';
import { digestKey } from '../../src/insights/digest-schedule.js';
import type { DigestTarget } from '../../src/insights/digest-service.js';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { FakeClock } from '../highlights/helpers/fake-clock.js';
import { askedRow, fakeMakeDigest, readPng, RecordingDigestPoster } from './helpers.js';

const TARGET: DigestTarget = { platform: 'slack', scope: 'T0SCOPE1', channelId: 'C0DIGEST1', recordsChannelId: 'C0DIGEST1' };
const KEY = { platform: 'slack' as const, channelId: 'T0SCOPE1/C0DIGEST1' };

let dir: string | undefined;
const opened: { store: Store; digests: Digests }[] = [];
afterEach(async () => {
  for (const o of opened.splice(0)) {
    await o.digests.scheduler.stop();
    await o.store.close().catch(() => undefined);
  }
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function open(
  file: string,
  clock: FakeClock,
  poster: RecordingDigestPoster,
  made = fakeMakeDigest(),
  metrics: Metrics = NO_METRICS,
): { store: Store; digests: Digests } {
  const store = new SqliteStore(file);
  const digests = createDigests({
    onOutcome: (outcome) => metrics.digest(outcome),
    store,
    makeDigest: made.makeDigest,
    logger: createLogger('silent'),
    defaults: { time: '09:00', timeZone: 'UTC' },
    posters: [poster],
    clock,
    retry: { baseMs: 60_000, maxMs: 3_600_000 },
    maxSleepMs: 6 * 3_600_000,
  });
  const o = { store, digests };
  opened.push(o);
  return o;
}

function world(start: string): { file: string; clock: FakeClock; poster: RecordingDigestPoster } {
  dir = mkdtempSync(join(tmpdir(), 'digest-scheduler-'));
  const clock = new FakeClock(start);
  return { file: join(dir, 'bot.sqlite'), clock, poster: new RecordingDigestPoster('slack', clock) };
}

describe('the weekly digest scheduler', () => {
  it('posts once a week at the chosen day, time and zone, covering the workspace’s 7 days before', async () => {
    // Monday 8 July 2024, 12:00 in Shanghai; the digest every Wednesday at 09:00 there (01:00 UTC).
    const w = world('2024-07-08T04:00:00Z');
    const made = fakeMakeDigest();
    const { store, digests } = open(w.file, w.clock, w.poster, made);
    await store.insights.recordQuestion(askedRow({ platform: 'slack', scope: 'T0SCOPE1', channelId: 'C0OTHER', at: Date.parse('2024-07-05T00:00:00Z') }));
    const answer = await digests.service.subscribe(TARGET, { weekday: 'Wed', time: '09:00', timeZone: 'Asia/Shanghai' }, 'en');
    expect(answer).toMatchObject({ kind: 'digestSubscription', subscription: { next: { localLabel: 'Wed 09:00 Asia/Shanghai' } } });
    digests.scheduler.start();
    await w.clock.advanceTo('2024-07-10T00:59:00Z');
    expect(w.poster.delivered).toHaveLength(0);
    await w.clock.advanceTo('2024-07-10T01:00:00Z');
    expect(w.poster.delivered.map((d) => [d.channelId, d.key, d.at.toISOString()])).toEqual([
      [KEY.channelId, digestKey(KEY, '2024-07-10'), '2024-07-10T01:00:00.000Z'],
    ]);
    await w.clock.advanceTo('2024-07-24T12:00:00Z');
    expect(w.poster.delivered.map((d) => d.at.toISOString())).toEqual(['2024-07-10T01:00:00.000Z', '2024-07-17T01:00:00.000Z', '2024-07-24T01:00:00.000Z']);
    expect(made.calls[0]).toEqual({
      query: { since: Date.parse('2024-07-03T01:00:00Z'), until: Date.parse('2024-07-10T01:00:00Z'), platform: 'slack', scope: 'T0SCOPE1' },
      reader: 'en',
      timeZone: 'Asia/Shanghai',
    });
    expect(readPng(w.poster.delivered[0]?.content.chart.png ?? new Uint8Array())).toEqual({ width: 1, height: 1 });
  });

  it('is posted by only one of two instances ticking at the same moment', async () => {
    const w = world('2024-07-08T04:00:00Z');
    const a = open(w.file, w.clock, w.poster);
    const b = open(w.file, w.clock, w.poster);
    await a.digests.service.subscribe(TARGET, { weekday: 'Mon', time: '13:00', timeZone: 'Asia/Shanghai' }, 'en');
    w.clock.jumpTo('2024-07-08T05:00:00Z');
    await Promise.all([a.digests.scheduler.tick(), b.digests.scheduler.tick(), a.digests.scheduler.tick(), b.digests.scheduler.tick()]);
    w.clock.jumpTo('2024-07-08T09:00:00Z');
    await Promise.all([a.digests.scheduler.tick(), b.digests.scheduler.tick()]);
    expect(w.poster.delivered).toHaveLength(1);
    expect((await a.store.digests.post(KEY, '2024-07-08'))?.state).toBe('sent');
  });

  it('finds the digest in the channel after a crash between sending and recording, and does not send it again', async () => {
    const w = world('2024-07-08T04:00:00Z');
    const first = open(w.file, w.clock, w.poster);
    await first.digests.service.subscribe(TARGET, { weekday: 'Mon', time: '13:00', timeZone: 'Asia/Shanghai' }, 'zh');
    // The digest reaches the channel, then the process dies before recording it.
    w.poster.afterDelivery = async () => {
      await first.store.close();
      throw new Error('the process died');
    };
    w.clock.jumpTo('2024-07-08T05:00:00Z');
    await first.digests.scheduler.tick();
    w.poster.afterDelivery = undefined;
    expect(w.poster.delivered).toHaveLength(1);

    // Its successor, once the claim has run out, looks in the channel first.
    w.clock.jumpTo('2024-07-08T05:10:00Z');
    const metrics = createMetrics({ processMetrics: false });
    const next = open(w.file, w.clock, w.poster, fakeMakeDigest(), metrics);
    await next.digests.scheduler.tick();
    expect({
      delivered: w.poster.delivered.length,
      looked: w.poster.findPostedCalls,
      state: (await next.store.digests.post(KEY, '2024-07-08'))?.state,
      counted: (await metrics.text()).split('\n').filter((line) => line.startsWith('astana_digests_total')),
    }).toEqual({
      delivered: 1,
      looked: 1,
      state: 'sent',
      counted: ['astana_digests_total{outcome="recovered"} 1'],
    });
  });

  it('pauses when the channel is gone, and a subscription on Tuesday for Mondays waits for next Monday', async () => {
    const w = world('2024-07-09T04:00:00Z');
    const { digests } = open(w.file, w.clock, w.poster);
    await digests.service.subscribe(TARGET, { weekday: 'Mon', time: '09:00', timeZone: 'UTC' }, 'en');
    w.poster.gone.add(KEY.channelId);
    digests.scheduler.start();
    await w.clock.advanceTo('2024-07-14T23:00:00Z');
    expect(w.poster.delivered).toHaveLength(0);
    await w.clock.advanceTo('2024-07-22T23:00:00Z');
    const status = await digests.service.status(TARGET, 'en');
    expect({ delivered: w.poster.delivered.length, paused: status.kind === 'digestSubscription' && status.subscription.paused }).toEqual({
      delivered: 0,
      paused: true,
    });
  });
});
