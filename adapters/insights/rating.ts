// A click on 'helpful' or 'not helpful', on any platform. The rating is stored
// before the click is answered, so a rating the platform shows as taken is a
// rating kept; a rating that could not be stored is logged and the rater asked
// to click again. With the insights off the button is not one the bot knows.
// The platform only answers the click as the outcome says ('not helpful' then
// opens its form: adapters/insights/feedback-form.ts).

import type { Logger } from 'pino';
import type { AnswerOf } from '../../src/model.js';
import type { RateTarget } from '../../src/present/card.js';
import { say } from '../../src/present/catalogue.js';
import { adapterError } from '../error-answer.js';
import type { InsightsRecorder, Rater } from './recorder.js';

export type RatingOutcome =
  /** Stored: the thanks to give the rater. */
  | { outcome: 'stored'; thanks: string }
  /** Not stored (logged): the words that ask the rater to click again. */
  | { outcome: 'failed'; text: string }
  /** The insights are off: the refusal of a button the bot does not know. */
  | { outcome: 'off'; answer: AnswerOf<'error'> };

/** Stores the rating `target` by `rater`. Never throws. */
export async function storeRating(recorder: InsightsRecorder | undefined, target: RateTarget, rater: Rater, log: Logger): Promise<RatingOutcome> {
  const { language } = target;
  if (recorder === undefined) return { outcome: 'off', answer: adapterError('unknownAction', language) };
  try {
    await recorder.rate(target, rater);
  } catch (error) {
    log.warn({ error: error instanceof Error ? error.message : String(error) }, `${rater.platform}: a rating could not be stored`);
    return { outcome: 'failed', text: say('feedback.failed', language) };
  }
  return { outcome: 'stored', thanks: say(target.rating === 'helpful' ? 'feedback.thanksHelpful' : 'feedback.thanksNotHelpful', language) };
}

/** Who rated, and where; '' for what the platform did not say (a direct message has no server). */
export const raterOf = (
  platform: Rater['platform'],
  where: { scope: string | null | undefined; channelId: string | null | undefined; userId: string },
): Rater => ({
  platform,
  scope: where.scope ?? '',
  channelId: where.channelId ?? '',
  userId: where.userId,
});
