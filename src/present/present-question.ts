// Cards for the answers to a question: passages that answer it, or a refusal
// with related reading and topics it does cover.
import { plain, type AnswerOf, type Passage } from '../model.js';
import { listNames, MISSING_KEY, say, type Reader } from './catalogue.js';
import type { Card, CardAction, CardElement } from './card.js';
import { citation, cite, inlines, shorten, topicLine } from './citation.js';
import { contextTarget, moreTarget } from './targets.js';

/** The quote, and under it the English rendering when the reader reads English. */
function passageElements(passage: Passage, reader: Reader): CardElement[] {
  const quote: CardElement = { type: 'quote', inlines: inlines(passage.quote), citation: citation(passage.document, passage.paragraph, passage.topic, reader) };
  if (reader !== 'en' || passage.english === undefined) return [quote];
  return [quote, { type: 'english', label: say('label.english', reader), inlines: inlines(passage.english) }];
}

/**
 * The core writes a mixed question's note and reason in English; a mixed
 * question that is mostly Chinese gets them again from the answer's fields.
 */
function partlyAbsentNote(answer: AnswerOf<'passages'>, reader: Reader): string | undefined {
  if (answer.note === undefined || answer.language !== 'mixed' || reader === 'en') return answer.note;
  return say('refusal.partlyAbsent', reader, { names: listNames(answer.absent, reader) });
}

function refusalReason(answer: AnswerOf<'notCovered'>, reader: Reader): string {
  if (answer.language !== 'mixed' || reader === 'en') return answer.reason;
  if (answer.absent.length > 0) return say('refusal.absent', reader, { names: listNames(answer.absent, reader) });
  if (answer.missing === undefined) return say('refusal.notCovered', reader);
  const where = answer.related.map((p) => cite(p.paragraph)).join(', ');
  // The subject as the question named it; without it the paragraphs cited say which it is.
  return say(MISSING_KEY[answer.missing], reader, { subject: answer.subject ?? say('refusal.thisSubject', reader), where });
}

export function passagesCard(answer: AnswerOf<'passages'>, reader: Reader): Card {
  const shown = answer.offset + answer.passages.length;
  const note = partlyAbsentNote(answer, reader);
  const elements: CardElement[] = note === undefined ? [] : [{ type: 'text', text: note }];
  elements.push(...answer.passages.flatMap((p) => passageElements(p, reader)));
  if (answer.passages.length === 0) elements.push({ type: 'note', text: say('note.noMore', reader) });
  else if (answer.offset > 0 || shown < answer.total) {
    elements.push({ type: 'note', text: say('note.showing', reader, { from: answer.offset + 1, to: shown, total: answer.total }) });
  }
  const actions: CardAction[] =
    shown < answer.total ? [{ type: 'more', label: say('action.more', reader), target: moreTarget(answer.query, shown, reader) }] : [];
  for (const p of answer.passages) {
    actions.push({
      type: 'context',
      label: `${say('action.context', reader)} ${cite(p.paragraph)}`,
      target: contextTarget(p.document.id, p.paragraph, reader),
    });
  }
  const first = answer.passages[0];
  const summary = first === undefined ? say('note.noMore', reader) : `${cite(first.paragraph)}: ${shorten(plain(first.quote))}`;
  return { answer: 'passages', reader, audience: 'everyone', summary, elements, actions };
}

export function notCoveredCard(answer: AnswerOf<'notCovered'>, reader: Reader): Card {
  const reason = refusalReason(answer, reader);
  const elements: CardElement[] = [{ type: 'text', text: reason }];
  if (answer.related.length > 0) {
    const items = answer.related.map((p) => ({ citation: citation(p.document, p.paragraph, p.topic, reader), inlines: inlines(p.quote) }));
    elements.push({ type: 'related', label: say('label.related', reader), items });
  }
  if (answer.suggestions.length > 0) {
    elements.push({ type: 'topics', label: say('label.suggestions', reader), topics: answer.suggestions.map((t) => topicLine(t, reader)) });
  }
  return { answer: 'notCovered', reader, audience: 'everyone', summary: reason, elements, actions: [] };
}
