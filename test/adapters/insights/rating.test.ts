// A click on 'helpful' or 'not helpful', alike on every platform: stored and
// thanked in the rater's language, or, when it could not be stored, the rater
// asked to click again; with the insights off, the button is not known.

import { describe, expect, it } from 'vitest';
import { raterOf, storeRating } from '../../../adapters/insights/rating.js';
import type { InsightsRecorder, Rater } from '../../../adapters/insights/recorder.js';
import { createLogger } from '../../../adapters/logger.js';
import type { RateTarget } from '../../../src/present/card.js';
import { say } from '../../../src/present/catalogue.js';

const helpful: RateTarget = { kind: 'rate', answerId: 'abcdefghijkl', language: 'zh', rating: 'helpful' };
const silent = createLogger('silent');
const rater = raterOf('discord', { scope: null, channelId: 'C1', userId: 'U1' });

function recorder(kept: string[], refuse = false): InsightsRecorder {
  const rate = async (target: RateTarget, who: Rater): Promise<void> => {
    if (refuse) throw new Error('database is locked');
    kept.push(`${target.answerId} ${target.rating} ${who.platform}/${who.scope}/${who.channelId}/${who.userId}`);
  };
  return { rate } as unknown as InsightsRecorder;
}

describe('storeRating', () => {
  it('stores the rating, then thanks the rater in the language of the answer rated', async () => {
    const kept: string[] = [];
    expect(await storeRating(recorder(kept), helpful, rater, silent)).toEqual({ outcome: 'stored', thanks: say('feedback.thanksHelpful', 'zh') });
    const notHelpful = { ...helpful, rating: 'not-helpful' as const, language: 'en' as const };
    expect(await storeRating(recorder(kept), notHelpful, rater, silent)).toEqual({ outcome: 'stored', thanks: say('feedback.thanksNotHelpful', 'en') });
    expect(kept).toEqual(['abcdefghijkl helpful discord//C1/U1', 'abcdefghijkl not-helpful discord//C1/U1']);
  });

  it('asks the rater to click again when the rating could not be stored', async () => {
    expect(await storeRating(recorder([], true), helpful, rater, silent)).toEqual({ outcome: 'failed', text: say('feedback.failed', 'zh') });
  });

  it('refuses the button as unknown when the insights are off', async () => {
    expect(await storeRating(undefined, helpful, rater, silent)).toMatchObject({
      outcome: 'off',
      answer: { kind: 'error', code: 'unknownAction', language: 'zh' },
    });
  });
});
