// The digest's chart: questions per topic, one stacked bar per week, as a PNG
// made in this process. echarts draws it as SVG on the server (no DOM, no
// browser) and resvg turns that into a PNG with the one font file shipped in
// node_modules, so Chinese labels come out the same on any machine, fonts
// installed or not. Both libraries are imported when a chart is first drawn:
// the bot's start-up does not pay for them.

import { createRequire } from 'node:module';
import { say, type Reader } from '../present/catalogue.js';
import type { ChartImage } from './digest-port.js';
import type { WeeklyTopics } from './report.js';

export const CHART_FILENAME = 'questions-per-topic.png';
const FONT_FAMILY = 'Noto Sans SC';
/** Topics beyond these are one 'other topics' series: a legend of twenty is unreadable. */
const MAX_SERIES = 6;

export interface ChartSize {
  width: number;
  height: number;
}

const DEFAULT_SIZE: ChartSize = { width: 960, height: 540 };

const require = createRequire(import.meta.url);

/** The regular weight only: one 10 MB file, and the chart needs no other. */
function fontFile(): string {
  return require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');
}

/** The week's Monday as the reader writes a date: '3 Jun' / '6月3日'. */
function weekLabel(start: string, reader: Reader): string {
  const format = new Intl.DateTimeFormat(reader === 'zh' ? 'zh-CN' : 'en-GB', { month: 'short', day: 'numeric', timeZone: 'UTC' });
  return format.format(new Date(`${start}T00:00:00Z`));
}

interface Series {
  name: string;
  data: number[];
}

/** The most asked topics as series of their own, the rest summed as one. */
export function chartSeries(weekly: WeeklyTopics, reader: Reader): Series[] {
  const shown = weekly.topics.slice(0, MAX_SERIES);
  const series = shown.map((t) => ({ name: t[reader], data: weekly.weeks.map((w) => w.byTopic[t.id] ?? 0) }));
  const rest = weekly.topics.slice(MAX_SERIES).map((t) => t.id);
  if (rest.length > 0) {
    series.push({ name: say('chart.otherTopics', reader), data: weekly.weeks.map((w) => rest.reduce((sum, id) => sum + (w.byTopic[id] ?? 0), 0)) });
  }
  return series;
}

function chartOption(weekly: WeeklyTopics, reader: Reader): Record<string, unknown> {
  const series = chartSeries(weekly, reader);
  const total = weekly.weeks.reduce((sum, w) => sum + w.total, 0);
  return {
    // Drawn once, never animated: without this the SVG holds the first frame of the animation.
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: FONT_FAMILY },
    title: {
      text: say('chart.title', reader),
      subtext: total === 0 ? say('chart.empty', reader) : say('chart.subtitle', reader, { zone: weekly.timeZone }),
      left: 'center',
    },
    legend: { bottom: 8, type: 'plain' },
    grid: { left: 56, right: 32, top: 80, bottom: 72 },
    xAxis: { type: 'category', data: weekly.weeks.map((w) => weekLabel(w.start, reader)) },
    yAxis: { type: 'value', minInterval: 1, name: say('chart.axis', reader) },
    series: series.map((s) => ({ name: s.name, type: 'bar', stack: 'questions', data: s.data })),
  };
}

/** The chart as SVG, through echarts' server-side renderer. */
export async function chartSvg(weekly: WeeklyTopics, reader: Reader, size: ChartSize = DEFAULT_SIZE): Promise<string> {
  const echarts = await import('echarts');
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption(chartOption(weekly, reader));
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** The chart of questions per topic per week, as a PNG with its alt text in the reader's language. */
export async function renderChart(weekly: WeeklyTopics, reader: Reader, size: ChartSize = DEFAULT_SIZE): Promise<ChartImage> {
  const svg = await chartSvg(weekly, reader, size);
  const { Resvg } = await import('@resvg/resvg-js');
  const png = new Resvg(svg, {
    font: { fontFiles: [fontFile()], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
    fitTo: { mode: 'original' },
  })
    .render()
    .asPng();
  const total = weekly.weeks.reduce((sum, w) => sum + w.total, 0);
  return { filename: CHART_FILENAME, png: new Uint8Array(png), alt: say('chart.alt', reader, { weeks: weekly.weeks.length, total }) };
}
