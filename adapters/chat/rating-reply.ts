// A rating click's reply, once the rating was stored (adapters/insights/rating.ts),
// decided alike on every platform: with the insights off the button is refused
// as unknown; 'not helpful', stored, opens the one-line form
// (adapters/insights/feedback-form.ts); the rater is thanked, or asked to click
// again, privately. The platform supplies how each is shown to the rater alone.

import type { RateTarget } from '../../src/present/card.js';
import type { Answer } from '../../src/model.js';
import type { RatingOutcome } from '../insights/rating.js';

export interface RatingReplies<M> {
  /** The refusal, rendered, for the rater alone. */
  refuse(message: M): Promise<unknown>;
  /** Opens the form; 'answered' when the form is the click's whole reply (nothing more may be sent), 'thanks follow' otherwise. */
  openForm(target: RateTarget): Promise<'answered' | 'thanks follow'>;
  /** A line of the bot's own for the rater alone. */
  tell(text: string): Promise<unknown>;
}

export async function replyToRating<M>(
  rt: { reply: (answer: Answer) => M },
  rated: RatingOutcome,
  target: RateTarget,
  replies: RatingReplies<M>,
): Promise<void> {
  if (rated.outcome === 'off') {
    await replies.refuse(rt.reply(rated.answer));
    return;
  }
  if (rated.outcome === 'stored' && target.rating === 'not-helpful' && (await replies.openForm(target)) === 'answered') return;
  await replies.tell(rated.outcome === 'stored' ? rated.thanks : rated.text);
}
