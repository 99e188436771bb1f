// The card for paragraphs asked for by number or opened in context.
import type { AnswerOf } from '../model.js';
import { listNames, say, type Reader } from './catalogue.js';
import type { Card, CardAction, CardElement } from './card.js';
import { citation, cite } from './citation.js';
import { contextTarget, earlierTarget, laterTarget } from './targets.js';

/**
 * One paragraph asked for by number offers its context; a range or a context
 * view offers the paragraphs before and after it instead.
 */
function pagingActions(answer: AnswerOf<'paragraphs'>, reader: Reader): CardAction[] {
  const { document, window, paragraphs } = answer;
  const only = paragraphs[0];
  if (paragraphs.length === 1 && only !== undefined && window.center === undefined) {
    return [{ type: 'context', label: say('action.context', reader), target: contextTarget(document.id, only.paragraph, reader) }];
  }
  const actions: CardAction[] = [];
  const earlier = earlierTarget(document.id, window, reader);
  if (earlier !== undefined) actions.push({ type: 'earlier', label: say('action.earlier', reader), target: earlier });
  const later = laterTarget(document.id, window, reader);
  if (later !== undefined) actions.push({ type: 'later', label: say('action.later', reader), target: later });
  return actions;
}

/** What the question naming the paragraphs asked of them that they do not say ('§29 about Ukraine'). */
function namesAskedNotes(answer: AnswerOf<'paragraphs'>, reader: Reader): CardElement[] {
  const notes: string[] = [];
  if (answer.absent !== undefined && answer.absent.length > 0) notes.push(say('refusal.absent', reader, { names: listNames(answer.absent, reader) }));
  const shown = answer.paragraphs.map((p) => cite(p.paragraph)).join(', ');
  for (const e of answer.elsewhere ?? []) {
    const where = e.paragraphs.map(cite).join(reader === 'zh' ? '、' : ', ');
    notes.push(say('note.elsewhere', reader, { shown, name: e.name, where }));
  }
  return notes.map((text) => ({ type: 'note', text }));
}

export function paragraphsCard(answer: AnswerOf<'paragraphs'>, reader: Reader): Card {
  const { window } = answer;
  const elements: CardElement[] = [];
  for (const p of answer.paragraphs) {
    elements.push({ type: 'paragraph', text: p.text, citation: citation(p.document, p.paragraph, p.topic, reader), focused: p.paragraph === window.center });
    if (reader === 'en' && p.english !== undefined) {
      elements.push({ type: 'english', label: say('label.english', reader), inlines: [{ type: 'text', text: p.english, emphasis: false }] });
    }
  }
  elements.push(...namesAskedNotes(answer, reader));
  if (answer.requested > answer.paragraphs.length) {
    elements.push({ type: 'note', text: say('note.capped', reader, { requested: answer.requested, shown: answer.paragraphs.length }) });
  }
  const range = window.from === window.to ? cite(window.from) : `${cite(window.from)}–${window.to}`;
  return { answer: 'paragraphs', reader, audience: 'everyone', summary: range, elements, actions: pagingActions(answer, reader) };
}
