import { describe, expect, it } from 'vitest';
import { chartSeries, chartSvg, renderChart } from '../../../src/insights/chart.js';
import { weeklyTopics } from '../../../src/insights/report.js';
import { pngSize } from './png.js';
import { asked, DAY, MONDAY, TOPICS } from './rows.js';

const rows = [
  asked('a', MONDAY - 7 * DAY, { topics: ['drugs'] }),
  asked('b', MONDAY, { topics: ['drugs', 'afghanistan'] }),
  asked('c', MONDAY + DAY, { topics: ['economy'] }),
];
const weekly = weeklyTopics(rows, TOPICS, { since: MONDAY, until: MONDAY + 7 * DAY }, { count: 4, timeZone: 'UTC' });

describe('the chart of questions per topic', () => {
  it.each(['zh', 'en'] as const)('is a PNG of the size asked for (%s)', async (reader) => {
    const chart = await renderChart(weekly, reader, { width: 640, height: 360 });
    expect(pngSize(chart.png)).toEqual({ width: 640, height: 360 });
    expect(chart.filename).toBe('questions-per-topic.png');
    expect(chart.alt).toContain('4');
  });

  it('labels the weeks, the series and the title in the reader’s language', async () => {
    const zh = await chartSvg(weekly, 'zh');
    expect(zh).toContain('每周各主题的提问数');
    expect(zh).toContain('禁毒');
    expect(zh).toContain('6月3日');
    const en = await chartSvg(weekly, 'en');
    expect(en).toContain('Questions per topic, by week');
    expect(en).toContain('Drugs');
    expect(en).toContain('3 Jun');
  });

  it('stacks the most asked topics and sums the rest as other topics', () => {
    const many = Array.from({ length: 9 }, (_, i) => asked(`q${i}`, MONDAY, { topics: [`t${i}`] }));
    const series = chartSeries(weeklyTopics(many, [], { since: MONDAY, until: MONDAY + DAY }, { count: 1, timeZone: 'UTC' }), 'en');
    expect(series.map((s) => s.name)).toEqual(['t0', 't1', 't2', 't3', 't4', 't5', 'Other topics']);
    expect(series.at(-1)?.data).toEqual([3]);
  });

  it('draws weeks without questions', async () => {
    const empty = weeklyTopics([], TOPICS, { since: MONDAY, until: MONDAY + DAY }, { count: 2, timeZone: 'UTC' });
    expect(pngSize((await renderChart(empty, 'zh', { width: 320, height: 200 })).png)).toEqual({ width: 320, height: 200 });
  });
});
