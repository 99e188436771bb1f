// Small pieces every card builder shares: citations, topic names in the
// reader's language, quote segments as inlines.
import { ELLIPSIS, type DocumentInfo, type Segment, type TopicInfo, type TopicSummary } from '../model.js';
import type { Reader } from './catalogue.js';
import type { Citation, Inline, TopicLine } from './card.js';

export const cite = (paragraph: number): string => `§${paragraph}`;

export function topicName(topic: TopicInfo | undefined, reader: Reader): string | undefined {
  return topic === undefined ? undefined : topic[reader];
}

export function citation(document: DocumentInfo, paragraph: number, topic: TopicInfo | undefined, reader: Reader): Citation {
  return { documentId: document.id, documentTitle: document.title, paragraph, label: cite(paragraph), topic: topicName(topic, reader) };
}

/** §2–9, §11, §38: paragraph numbers, consecutive runs joined. */
export function paragraphRanges(numbers: readonly number[]): string {
  const sorted = [...numbers].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j++;
    runs.push(j === i ? cite(sorted[i] ?? 0) : `${cite(sorted[i] ?? 0)}–${sorted[j] ?? 0}`);
    i = j + 1;
  }
  return runs.join(', ');
}

/** The model marks left-out text with an ELLIPSIS segment; the card names it, so a platform may draw it its own way. */
export function inlines(segments: readonly Segment[]): Inline[] {
  return segments.map((s) => (s.text === ELLIPSIS ? { type: 'ellipsis', text: s.text } : { type: 'text', text: s.text, emphasis: s.emphasis }));
}

export function topicLine(topic: TopicSummary, reader: Reader): TopicLine {
  return { id: topic.id, name: topic[reader], paragraphs: [...topic.paragraphs], paragraphsLabel: paragraphRanges(topic.paragraphs) };
}

/** Characters of a quote in a card's one-line summary: a notification shows about this much. */
const SUMMARY_LENGTH = 150;

export const shorten = (text: string): string => (text.length <= SUMMARY_LENGTH ? text : `${text.slice(0, SUMMARY_LENGTH - 1)}…`);
