// A rating click's reply, alike on every platform once the rating was stored:
// the refusal with the insights off, the form for 'not helpful', and the
// thanks (or the request to click again) for the rater alone.

import { describe, expect, it } from 'vitest';
import { type RatingReplies, replyToRating } from '../../../adapters/chat/rating-reply.js';
import { adapterError } from '../../../adapters/error-answer.js';
import type { RatingOutcome } from '../../../adapters/insights/rating.js';
import type { Answer } from '../../../src/model.js';
import type { RateTarget } from '../../../src/present/card.js';

const helpful: RateTarget = { kind: 'rate', answerId: 'abcdefghijkl', language: 'en', rating: 'helpful' };
const notHelpful: RateTarget = { ...helpful, rating: 'not-helpful' };
const rt = { reply: (answer: Answer) => `rendered ${answer.kind}` };

async function replied(rated: RatingOutcome, target: RateTarget, form: 'answered' | 'thanks follow' = 'answered'): Promise<string[]> {
  const said: string[] = [];
  const replies: RatingReplies<string> = {
    refuse: async (message) => said.push(`refuse: ${message}`),
    openForm: async (t) => {
      said.push(`form for ${t.answerId}`);
      return form;
    },
    tell: async (text) => said.push(`tell: ${text}`),
  };
  await replyToRating(rt, rated, target, replies);
  return said;
}

describe('replying to a rating', () => {
  it('refuses the button, rendered, when the insights are off', async () =>
    expect(await replied({ outcome: 'off', answer: adapterError('unknownAction', 'en') }, notHelpful)).toEqual(['refuse: rendered error']));

  it('thanks a stored "helpful" privately, with no form', async () =>
    expect(await replied({ outcome: 'stored', thanks: 'Thanks!' }, helpful)).toEqual(['tell: Thanks!']));

  it('opens the form for a stored "not helpful", which may be the whole reply', async () =>
    expect(await replied({ outcome: 'stored', thanks: 'Thanks.' }, notHelpful)).toEqual(['form for abcdefghijkl']));

  it('thanks after the form where the platform may still say more', async () =>
    expect(await replied({ outcome: 'stored', thanks: 'Thanks.' }, notHelpful, 'thanks follow')).toEqual(['form for abcdefghijkl', 'tell: Thanks.']));

  it('opens no form for a rating that could not be stored, and asks to click again', async () =>
    expect(await replied({ outcome: 'failed', text: 'Please click again.' }, notHelpful)).toEqual(['tell: Please click again.']));
});
