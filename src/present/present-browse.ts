// Cards for browsing: the topics, one topic's paragraphs, help.
import type { AnswerOf } from '../model.js';
import { say, type Reader } from './catalogue.js';
import type { Card } from './card.js';
import { cite, paragraphRanges, topicLine } from './citation.js';

export function topicsCard(answer: AnswerOf<'topics'>, reader: Reader): Card {
  const label = say('label.topics', reader);
  return {
    answer: 'topics',
    reader,
    audience: 'everyone',
    summary: `${label} (${answer.topics.length})`,
    elements: [{ type: 'topics', label, topics: answer.topics.map((t) => topicLine(t, reader)) }],
    actions: [],
  };
}

export function topicCard(answer: AnswerOf<'topic'>, reader: Reader): Card {
  const heading = `${answer.topic[reader]} — ${paragraphRanges(answer.topic.paragraphs)}`;
  const items = answer.entries.map((e) => ({ paragraph: e.paragraph, label: cite(e.paragraph), text: e.firstSentence }));
  return {
    answer: 'topic',
    reader,
    audience: 'everyone',
    summary: heading,
    elements: [
      { type: 'heading', text: heading },
      { type: 'entries', items },
    ],
    actions: [],
  };
}

export function helpCard(reader: Reader): Card {
  const heading = say('label.help', reader);
  return {
    answer: 'help',
    reader,
    audience: 'asker',
    summary: heading,
    elements: [
      { type: 'heading', text: heading },
      { type: 'text', text: say('help.body', reader) },
    ],
    actions: [],
  };
}
