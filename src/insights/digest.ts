// The weekly digest's content (see digest-port.ts): the report of a period as
// a card in the reader's language, and the chart of the weeks up to its end.
// The scheduling and the posting live elsewhere and call it through MakeDigest.

import type { TopicInfo } from '../model.js';
import { present } from '../present/present.js';
import type { InsightRecords } from '../store/store.js';
import { renderChart, type ChartSize } from './chart.js';
import type { MakeDigest } from './digest-port.js';
import { buildReport, weekBounds, weeklyTopics } from './report.js';

/** Weeks on the chart: two months, enough to see a trend and few enough to read the bars. */
export const DIGEST_WEEKS = 8;

export interface DigestSources {
  insights: Pick<InsightRecords, 'questions' | 'ratings'>;
  /** The documents' topics, for their names in both languages. */
  topics: readonly TopicInfo[];
  weeks?: number;
  chartSize?: ChartSize;
}

export function createMakeDigest(sources: DigestSources): MakeDigest {
  const weeks = sources.weeks ?? DIGEST_WEEKS;
  return async (query, reader, timeZone) => {
    // One read covers both the period and the chart's weeks: the report leaves out what is outside each.
    const chartStart = weekBounds(query.until, weeks, timeZone).instants[0] ?? query.since;
    const [questions, ratings] = await Promise.all([
      sources.insights.questions({ ...query, since: Math.min(query.since, chartStart) }),
      sources.insights.ratings(query),
    ]);
    const weekly = weeklyTopics(questions, sources.topics, query, { count: weeks, timeZone });
    const report = { ...buildReport({ query, questions, ratings, topics: sources.topics }), weekly };
    const card = present({ kind: 'digest', language: reader, report, timeZone }, { reader });
    const chart = await renderChart(weekly, reader, sources.chartSize);
    return { card, chart };
  };
}
