// Cards for the daily highlight and for a channel's subscription to it.
import { plain, type AnswerOf } from '../model.js';
import { say, type Reader } from './catalogue.js';
import { type Card, type CardElement, subscriptionLinesCard } from './card.js';
import { citation, cite, inlines, shorten } from './citation.js';
import { whenLabel } from './present-insights-subscription.js';
import { contextTarget, paragraphTarget } from './targets.js';

export function highlightCard(answer: AnswerOf<'highlight'>, reader: Reader): Card {
  const h = answer.highlight;
  const place = say('label.cyclePlace', reader, { position: h.position, length: h.cycleLength });
  const heading = `${say('label.highlight', reader)} · ${h.date} · ${place}`;
  const elements: CardElement[] = [
    { type: 'heading', text: heading },
    { type: 'quote', inlines: inlines(h.quote), citation: citation(h.document, h.paragraph, h.topic, reader) },
  ];
  // Like every card, the highlight's English goes to English readers only: the subscriber chose the channel's language.
  if (reader === 'en' && h.english !== undefined) {
    elements.push({ type: 'english', label: say('label.english', reader), inlines: [{ type: 'text', text: h.english, emphasis: false }] });
  }
  return {
    answer: 'highlight',
    reader,
    audience: 'everyone',
    summary: `${say('label.highlight', reader)} ${cite(h.paragraph)}: ${shorten(plain(h.quote))}`,
    elements,
    actions: [
      { type: 'paragraph', label: `${say('action.paragraph', reader)} ${cite(h.paragraph)}`, target: paragraphTarget(h.document.id, h.paragraph, reader) },
      { type: 'context', label: `${say('action.context', reader)} ${cite(h.paragraph)}`, target: contextTarget(h.document.id, h.paragraph, reader) },
    ],
  };
}

function subscriptionLines(answer: AnswerOf<'subscription'>, reader: Reader): string[] {
  const s = answer.subscription;
  if (answer.action === 'unsubscribed') return [say('subscription.unsubscribed', reader)];
  if (!s.subscribed) return [say('subscription.none', reader)];
  const lines = [say('subscription.subscribed', reader, { time: s.time, zone: s.timeZone })];
  if (s.paused) lines.push(say('subscription.paused', reader));
  else if (s.next !== undefined) {
    const place = say('label.cyclePlace', reader, { position: s.next.position, length: s.next.cycleLength });
    lines.push(say('subscription.next', reader, { when: whenLabel(s.next, s.timeZone, reader), place }));
  }
  return lines;
}

export function subscriptionCard(answer: AnswerOf<'subscription'>, reader: Reader): Card {
  return subscriptionLinesCard('subscription', answer.action, reader, subscriptionLines(answer, reader));
}
