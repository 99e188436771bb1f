import { describe, expect, it } from 'vitest';
import { feedbackFormId, isFeedbackForm, readFeedbackFormId, submitFeedbackForm } from '../../../adapters/insights/feedback-form.js';
import type { InsightsRecorder } from '../../../adapters/insights/recorder.js';
import { createLogger } from '../../../adapters/logger.js';
import type { RateTarget } from '../../../src/present/card.js';
import { say } from '../../../src/present/catalogue.js';

const target: RateTarget = { kind: 'rate', answerId: 'abcdefghijkl', language: 'zh', rating: 'not-helpful' };
const silent = createLogger('silent');
const rater = { platform: 'slack' as const, scope: 'T1', channelId: 'C1', userId: 'U1' };

/** A recorder that keeps the lines it is given, or refuses them. */
function recorder(lines: string[], refuse = false): InsightsRecorder {
  const lookingFor = async (answerId: string, _rater: unknown, line: string): Promise<void> => {
    if (refuse) throw new Error('database is locked');
    lines.push(`${answerId} ${line}`);
  };
  return { lookingFor } as unknown as InsightsRecorder;
}

describe('the feedback form', () => {
  it('remembers the answer, the language and, where given, the channel in its id', () => {
    expect(readFeedbackFormId(feedbackFormId(target, 'C123'))).toEqual({ answerId: 'abcdefghijkl', language: 'zh', channelId: 'C123' });
    expect(readFeedbackFormId(feedbackFormId(target))).toEqual({ answerId: 'abcdefghijkl', language: 'zh', channelId: undefined });
    expect(isFeedbackForm(feedbackFormId(target))).toBe(true);
  });

  it('reads no id that is not one of its own', () => {
    for (const id of ['feedback:fr:abcdefghijkl', 'feedback:en:short', 'feedback:en:abcdefghijkl:<!channel>', '{"a":"abcdefghijkl"}']) {
      expect(readFeedbackFormId(id)).toBeUndefined();
    }
  });

  it('stores the line and thanks the rater in the form’s language', async () => {
    const lines: string[] = [];
    const submitted = await submitFeedbackForm(recorder(lines), { formId: feedbackFormId(target), line: 'its capital', raterOf: () => rater }, silent);
    expect(lines).toEqual(['abcdefghijkl its capital']);
    expect(submitted).toEqual({ outcome: 'stored', language: 'zh', thanks: `${say('feedback.thanksNotHelpful', 'zh')}\n${say('feedback.formThanks', 'zh')}` });
  });

  it('says a line it could not store was not stored, and a form that is not ours is unknown', async () => {
    const refused = await submitFeedbackForm(recorder([], true), { formId: feedbackFormId(target), line: 'x', raterOf: () => rater }, silent);
    expect(refused).toEqual({ outcome: 'failed', language: 'zh', text: say('feedback.failed', 'zh') });
    const foreign = await submitFeedbackForm(recorder([]), { formId: 'feedback:xx', line: 'x', raterOf: () => rater }, silent);
    expect(foreign).toEqual({ outcome: 'unknown', language: 'en' });
  });
});
