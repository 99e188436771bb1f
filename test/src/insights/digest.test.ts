import { afterEach, describe, expect, it } from 'vitest';
import { createMakeDigest } from '../../../src/insights/digest.js';
import { say } from '../../../src/present/catalogue.js';
import { SqliteStore } from '../../../src/store/sqlite-store.js';
import type { InsightQuery } from '../../../src/store/store.js';
import { pngSize } from './png.js';
import { asked, DAY, MONDAY, TOPICS } from './rows.js';

const stores: SqliteStore[] = [];
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
});

async function seeded(): Promise<SqliteStore> {
  const store = new SqliteStore(':memory:');
  stores.push(store);
  const rows = [
    asked('old', MONDAY - 14 * DAY, { topics: ['drugs'] }),
    asked('mine', MONDAY + DAY, { topics: ['afghanistan'], outcome: 'not-covered', text: 'World Cup?', absent: ['World Cup'] }),
    asked('theirs', MONDAY + DAY, { scope: 'T2', topics: ['economy'] }),
  ];
  for (const row of rows) await store.insights.recordQuestion(row);
  await store.insights.rate('mine', 'rater', 'not-helpful', MONDAY + 2 * DAY);
  await store.insights.lookingFor('mine', 'rater', 'the host country', MONDAY + 2 * DAY);
  return store;
}

const WEEK: InsightQuery = { since: MONDAY, until: MONDAY + 7 * DAY, platform: 'slack', scope: 'T1' };

describe('the digest', () => {
  it('is the card of the period’s report and the chart of the weeks up to it, for one workspace', async () => {
    const store = await seeded();
    const make = createMakeDigest({ insights: store.insights, topics: TOPICS, weeks: 4, chartSize: { width: 480, height: 270 } });
    const { card, chart } = await make(WEEK, 'en', 'UTC');
    expect(card.answer).toBe('digest');
    expect(card.summary).toBe('What the team asked, 2024-06-03 to 2024-06-09: 1 asked, 1 not covered');
    const text = card.elements.map((e) => ('text' in e ? e.text : '')).join('\n');
    expect(text).toContain('“World Cup?” (asked 1×) (not mentioned: World Cup)');
    expect(text).toContain('looking for: the host country');
    expect(text).not.toContain('Economy');
    expect(pngSize(chart.png)).toEqual({ width: 480, height: 270 });
    // The old question is outside the period but inside the chart's four weeks.
    expect(chart.alt).toBe(say('chart.alt', 'en', { weeks: 4, total: 2 }));
  });

  it('is labelled in Chinese for a Chinese channel', async () => {
    const make = createMakeDigest({ insights: (await seeded()).insights, topics: TOPICS, chartSize: { width: 320, height: 180 } });
    const { card, chart } = await make(WEEK, 'zh', 'Asia/Shanghai');
    expect(card.reader).toBe('zh');
    expect(card.elements[0]).toEqual({ type: 'heading', text: '团队提问情况：2024-06-03 至 2024-06-10' });
    expect(chart.alt).toContain('最近 8 周');
    expect(pngSize(chart.png)).toEqual({ width: 320, height: 180 });
  });
});
