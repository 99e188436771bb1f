// What a click on one of our buttons is answered with, on any platform: the
// button's value is decoded through its guard (it comes back from the
// network), then the card's target is followed; a value that is not ours, or
// a question the store has forgotten, gets its refusal instead. The platform
// only delivers the answer the way `delivery` says.

import type { Core } from '../src/core.js';
import type { Answer } from '../src/model.js';
import type { RateTarget } from '../src/present/card.js';
import type { Reader } from '../src/present/catalogue.js';
import { follow } from '../src/present/targets.js';
import { decodeAction, DELIVERY, type Delivery } from './button-action.js';
import { adapterError } from './error-answer.js';
import type { InsightsRecorder } from './insights/recorder.js';
import type { QueryStore } from './query-store.js';

export interface ButtonAnswer {
  /**
   * Computed when called, so a click that is refused for flooding costs no
   * search. A page reached from a rated answer carries that answer's rating
   * buttons too, when the insights are on.
   */
  answer: () => Answer;
  delivery: Delivery;
  /** The value was not one of ours: worth a warning in the log. */
  foreign: boolean;
}

/** A click on 'helpful' or 'not helpful': recorded by the adapter (adapters/insights-recorder.ts), not answered by the core. */
export interface RateClick {
  rate: RateTarget;
}

/** `reader` is the language for a refusal of a value that is not ours: it carries none of its own. */
export async function answerButton(
  value: string,
  limit: number,
  ctx: { core: Core; queries: QueryStore; reader: Reader; insights?: InsightsRecorder | undefined },
): Promise<ButtonAnswer | RateClick> {
  const action = await decodeAction(value, limit, ctx.queries);
  if (action === undefined) return { answer: () => adapterError('unknownAction', ctx.reader), delivery: 'reply', foreign: true };
  if (action.type === 'expired') return { answer: () => adapterError('expired', action.language), delivery: 'reply', foreign: false };
  if (action.type === 'rate') return { rate: action.target };
  const page = (): Answer => {
    const answer = follow(ctx.core, action.target);
    return ctx.insights?.attach(answer, action.target.rated) ?? answer;
  };
  return { answer: page, delivery: DELIVERY[action.type], foreign: false };
}
