// Answer → card, once for every platform. Each answer kind has its builder in
// the `Renderers` map, so a new kind fails to compile until it has one; the
// reader's language is decided here and nowhere else.
import { render, type Answer, type Renderers } from '../model.js';
import type { Card, CardAction, FeedbackRating } from './card.js';
import { nameDocuments } from './document-names.js';
import { say, type Reader } from './catalogue.js';
import { helpCard, topicCard, topicsCard } from './present-browse.js';
import { digestCard } from './present-digest.js';
import { highlightCard, subscriptionCard } from './present-highlights.js';
import { digestSubscriptionCard } from './present-insights-subscription.js';
import { paragraphsCard } from './present-paragraphs.js';
import { notCoveredCard, passagesCard } from './present-question.js';
import { readerOf } from './reader-language.js';

export interface PresentOptions {
  /**
   * The reader's language regardless of the answer's: a highlight post follows
   * the subscription, not whoever clicked. Most callers leave it out and the
   * answer's language decides (the core has already applied the caller's default
   * to input with no language of its own, such as '§42').
   */
  reader?: Reader;
  /** How many documents the core answers from (core.documents.length): with more than one, every citation names its document. */
  documents?: number;
  /**
   * The recorded question's id, when the answer can be rated: the card then
   * carries the 'helpful' and 'not helpful' buttons (answers to questions and
   * paragraph requests only; help, errors and listings are not rated).
   */
  feedback?: string | undefined;
}

/** The answers people rate: what they asked for, answered or refused. */
const RATED: ReadonlySet<Answer['kind']> = new Set(['passages', 'notCovered', 'paragraphs']);

/** The card's page buttons carry the rated answer's id, so the pages they open keep its rating buttons. */
const carrying = (action: CardAction, answerId: string): CardAction =>
  action.type === 'rate' ? action : ({ ...action, target: { ...action.target, rated: answerId } } as CardAction);

function withFeedback(card: Card, answerId: string): Card {
  const rate = (rating: FeedbackRating, label: string): CardAction => ({
    type: 'rate',
    label,
    target: { kind: 'rate', answerId, rating, language: card.reader },
  });
  return {
    ...card,
    actions: [
      ...card.actions.map((a) => carrying(a, answerId)),
      rate('helpful', say('action.helpful', card.reader)),
      rate('not-helpful', say('action.notHelpful', card.reader)),
    ],
  };
}

function builders(reader: Reader): Renderers<Card> {
  return {
    passages: (a) => passagesCard(a, reader),
    paragraphs: (a) => paragraphsCard(a, reader),
    notCovered: (a) => notCoveredCard(a, reader),
    topics: (a) => topicsCard(a, reader),
    topic: (a) => topicCard(a, reader),
    help: () => helpCard(reader),
    highlight: (a) => highlightCard(a, reader),
    subscription: (a) => subscriptionCard(a, reader),
    digest: (a) => digestCard(a, reader),
    digestSubscription: (a) => digestSubscriptionCard(a, reader),
    // The message was written by whoever built the error, in the answer's language.
    error: (a) => ({ answer: 'error', reader, audience: 'asker', summary: a.message, elements: [{ type: 'text', text: a.message }], actions: [] }),
  };
}

/** The card for asking to page on when nothing is left to page: an empty page of results. */
export function nothingMore(reader: Reader): Card {
  return passagesCard({ kind: 'passages', query: '', language: reader, passages: [], offset: 0, total: 0, absent: [], note: undefined }, reader);
}

export function present(answer: Answer, options: PresentOptions = {}): Card {
  const card = nameDocuments(render(answer, builders(options.reader ?? readerOf(answer))), options.documents ?? 1);
  return options.feedback !== undefined && RATED.has(answer.kind) ? withFeedback(card, options.feedback) : card;
}
