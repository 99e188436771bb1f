// A simulated year, 2024, through both daylight-saving changes of Berlin and
// New York, with the real SQLite file and the scheduler driven by its timers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, localParts } from '../../src/highlights/time.js';
import { Harness, core, discordChannel, slackChannel } from './helpers/harness.js';
import type { Delivered } from './helpers/recording-poster.js';
import { loadCatalog } from '../../src/highlights/catalog.js';
import { DEFAULT_INDEX_DIR } from '../../src/create-core.js';

const h = new Harness('2024-01-01T00:00:00Z');
const catalog = loadCatalog(core(), DEFAULT_INDEX_DIR);
const L = catalog.commitments.length;

const channels = {
  berlin: { key: slackChannel('C-BERLIN'), time: '09:00', zone: 'Europe/Berlin', poster: h.slack },
  newYork: { key: discordChannel('D-NEWYORK'), time: '09:00', zone: 'America/New_York', poster: h.discord },
  // 02:30 does not exist in Berlin on 31 March and happens twice on 27 October.
  berlinNight: { key: slackChannel('C-NIGHT'), time: '02:30', zone: 'Europe/Berlin', poster: h.slack },
};
type Name = keyof typeof channels;
const posts = (name: Name): Delivered[] => channels[name].poster.to(channels[name].key.channelId);

function datesBetween(first: string, last: string): string[] {
  const out: string[] = [];
  for (let d = first; d <= last; d = addDays(d, 1)) out.push(d);
  return out;
}

beforeAll(async () => {
  for (const c of Object.values(channels)) h.hl.service.subscribe(c.key, { time: c.time, timeZone: c.zone }, 'en');
  h.hl.scheduler.start();
  await h.clock.advanceTo('2024-12-31T23:00:00Z');
}, 120_000);

afterAll(async () => {
  await h.cleanup();
});

describe('a year of days', () => {
  it.each(Object.keys(channels) as Name[])('gives %s exactly one post for every local day of 2024', (name) => {
    expect(posts(name).map((p) => p.answer.highlight.date)).toEqual(datesBetween('2024-01-01', '2024-12-31'));
  });

  it.each(['berlin', 'newYork'] as Name[])('posts in %s at 09:00 local time every day, summer and winter', (name) => {
    const late = posts(name).filter((p) => localParts(p.at, channels[name].zone).time !== '09:00');
    expect(late).toEqual([]);
  });

  it('posts the 02:30 channel at 03:30 on the night the clocks skip 02:30, and at 02:30 every other day', async () => {
    const off = posts('berlinNight')
      .map((p) => ({ date: p.answer.highlight.date, local: localParts(p.at, 'Europe/Berlin') }))
      .filter((p) => p.local.time !== '02:30');
    expect(off).toEqual([{ date: '2024-03-31', local: { date: '2024-03-31', time: '03:30', weekday: 'Sun' } }]);
  });

  it('posts the 02:30 channel once on the night 02:30 happens twice', async () => {
    expect(posts('berlinNight').filter((p) => p.answer.highlight.date === '2024-10-27')).toHaveLength(1);
  });

  it('posts it the first time 02:30 comes round that night (02:30 summer time, 00:30 UTC), not the second', async () => {
    expect(
      posts('berlinNight')
        .filter((p) => p.answer.highlight.date === '2024-10-27')
        .map((p) => p.at.toISOString()),
    ).toEqual(['2024-10-27T00:30:00.000Z']);
  });

  it.each(Object.keys(channels) as Name[])('shows %s every commitment once in each cycle before any repeats', (name) => {
    const ids = posts(name).map((p) => p.answer.highlight.paragraph);
    for (let start = 0; start + L <= ids.length; start += L) {
      expect(new Set(ids.slice(start, start + L)).size).toBe(L);
    }
  });

  it.each(Object.keys(channels) as Name[])('changes topic from each day to the next in %s', (name) => {
    const topics = posts(name).map((p) => p.answer.highlight.topic?.id);
    const repeats = topics.flatMap((t, i) => (i > 0 && t === topics[i - 1] ? [posts(name)[i]?.answer.highlight.date] : []));
    expect(repeats).toEqual([]);
  });

  it.each(Object.keys(channels) as Name[])("counts %s's place in the cycle 1 to N, then again", (name) => {
    const positions = posts(name).map((p) => p.answer.highlight.position);
    expect(positions).toEqual(positions.map((_, i) => (i % L) + 1));
    expect(posts(name).every((p) => p.answer.highlight.cycleLength === L)).toBe(true);
  });

  it('gives each channel its own order', async () => {
    const first = (name: Name): number[] =>
      posts(name)
        .slice(0, L)
        .map((p) => p.answer.highlight.paragraph);
    expect(first('berlin')).not.toEqual(first('newYork'));
  });

  it('records every post as sent in the database', async () => {
    const rows = await h.hl.store.highlights.posts(channels.newYork.key);
    expect(rows).toHaveLength(366);
    expect(rows.every((r) => r.state === 'sent')).toBe(true);
  });
});
