// `npm run report`'s output: plain English text for whoever runs it (topic
// names in both languages, since the team may read either), or one JSON object
// with the same content and its instants as ISO dates.

import { localDate, localParts } from '../../src/highlights/time.js';
import type { InsightReport, TopicCount, UnansweredQuestion, WordCount } from '../../src/insights/report.js';
import { paragraphRanges } from '../../src/present/citation.js';

/** The team's own words on a terminal: no control characters, so a stored question cannot move the cursor or change colours. */
const printable = (text: string): string => text.replace(/[\p{Cc}\p{Cf}]+/gu, ' ');

const iso = (ms: number): string => new Date(ms).toISOString();

/** The report for scripts: the same fields, instants as ISO 8601, the time zone beside them. */
export function reportJson(report: InsightReport, timeZone: string): unknown {
  return {
    ...report,
    since: iso(report.since),
    until: iso(report.until),
    timeZone,
    unanswered: report.unanswered.map((u) => ({ ...u, lastAskedAt: iso(u.lastAskedAt) })),
    notHelpful: report.notHelpful.map((n) => ({ ...n, ratedAt: iso(n.ratedAt) })),
  };
}

const topicName = (t: TopicCount): string => (t.en === t.zh ? t.en : `${t.en} / ${t.zh}`);
const count = (n: number, width: number): string => String(n).padStart(width);
const widthOf = (numbers: readonly number[]): number => Math.max(1, ...numbers.map((n) => String(n).length));

function whose(report: InsightReport): string {
  if (report.platform === undefined && report.scope === undefined) return 'all platforms';
  const scope = report.scope === undefined ? '' : report.scope === '' ? ', direct messages and console' : `, scope ${report.scope}`;
  return `${report.platform ?? 'all platforms'}${scope}`;
}

function unansweredLine(u: UnansweredQuestion, width: number): string {
  // Without kept text, the key's start tells two unnamed questions apart.
  const question = u.text === undefined ? `(text not kept; key ${u.questionKey.slice(0, 8)})` : `"${printable(u.text)}"`;
  const details = [
    ...(u.absent.length > 0 ? [`not mentioned: ${printable(u.absent.join(', '))}`] : []),
    ...(u.missing === undefined ? [] : [`no ${u.missing} given`]),
  ];
  return `  ${count(u.count, width)}×  ${question}${details.length === 0 ? '' : ` — ${details.join('; ')}`}`;
}

function section(title: string, lines: readonly string[], empty: string): string[] {
  return ['', title, ...(lines.length === 0 ? [`  ${empty}`] : lines)];
}

function weeklyLines(report: InsightReport): string[] {
  const weekly = report.weekly;
  if (weekly === undefined) return [];
  const names = new Map(weekly.topics.map((t) => [t.id, t.en]));
  const width = widthOf(weekly.weeks.map((w) => w.total));
  const lines = weekly.weeks.map((w) => {
    const topics = Object.entries(w.byTopic)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([id, n]) => `${names.get(id) ?? id} ${n}`);
    return `  ${w.start}  ${count(w.total, width)}${topics.length === 0 ? '' : `  ${topics.join(', ')}`}`;
  });
  return section(`Questions per week (weeks from Monday, ${weekly.timeZone}; the five most asked topics)`, lines, 'none');
}

/** The report as a person reads it. */
export function reportText(report: InsightReport, timeZone: string): string {
  const q = report.questions;
  const to = localDate(new Date(Math.max(report.since, report.until - 1)), timeZone);
  const topicWidth = widthOf(report.topTopics.map((t) => t.count));
  const unansweredWidth = widthOf(report.unanswered.map((u) => u.count));
  const more = report.unansweredTotal - report.unanswered.length;
  const lines = [
    `Insights from ${localDate(new Date(report.since), timeZone)} to ${to} (${timeZone}), ${whose(report)}`,
    `Questions asked: ${q.asked} (${q.answered} answered, ${q.notCovered} not covered by the declaration, ${q.errors} failed)`,
    ...section(
      'Most asked topics',
      report.topTopics.map((t) => `  ${count(t.count, topicWidth)}  ${topicName(t)}`),
      'none',
    ),
    ...section(
      `Most asked questions the declaration did not answer (${report.unansweredTotal} different)`,
      [...report.unanswered.map((u) => unansweredLine(u, unansweredWidth)), ...(more > 0 ? [`  … and ${more} more`] : [])],
      'none',
    ),
    '',
    `Ratings: ${report.ratings.helpful} helpful, ${report.ratings.notHelpful} not helpful`,
    ...section(
      'Answers rated not helpful (newest first)',
      report.notHelpful.map((n) => {
        const when = localParts(new Date(n.ratedAt), timeZone);
        const question = n.outcome === undefined ? '(answer no longer kept)' : n.question === undefined ? '(text not kept)' : `"${printable(n.question)}"`;
        const shown = n.outcome === undefined ? '' : ` (${[n.outcome, ...(n.paragraphs.length > 0 ? [paragraphRanges(n.paragraphs)] : [])].join(', ')})`;
        return `  ${when.date} ${when.time}  ${question}${shown}${n.lookingFor === undefined ? '' : ` — looking for: ${printable(n.lookingFor)}`}`;
      }),
      'none',
    ),
    ...weeklyLines(report),
  ];
  return `${lines.join('\n')}\n`;
}

/** `--suggest`: the words to consider for the synonyms and the gazetteer. */
export function suggestionsText(words: readonly WordCount[], report: InsightReport, timeZone: string): string {
  const to = localDate(new Date(Math.max(report.since, report.until - 1)), timeZone);
  const width = widthOf(words.map((w) => w.count));
  const head = `Unknown words of the questions the declaration did not answer, ${localDate(new Date(report.since), timeZone)} to ${to} (${timeZone}), ${whose(report)}`;
  const lines = words.length === 0 ? ['  none'] : words.map((w) => `  ${count(w.count, width)}  ${printable(w.word)}`);
  return `${[head, '(absent terms, and words of kept question text that the declaration does not contain; times asked)', ...lines].join('\n')}\n`;
}
