// What the limiter's decision means for a reply, on every platform: what must
// be answered is refused every time, a message once, a reference in passing
// never; the question is produced only when allowed, and a refusal is said in
// the language of what was typed.

import { describe, expect, it } from 'vitest';
import { answerUnlessLimited, type Refusal } from '../../adapters/limited-answer.js';
import { createLogger } from '../../adapters/logger.js';
import type { RateDecision } from '../../adapters/rate-limit.js';
import type { Answer } from '../../src/model.js';

const ANSWER: Answer = { kind: 'error', code: 'usage', language: 'en', message: 'the answer' };

async function reply(decision: RateDecision, refusal: Refusal, text = '') {
  let produced = 0;
  const rt = { limiter: { check: async () => decision }, log: createLogger('silent') };
  const answer = await answerUnlessLimited(rt, { userId: 'U1', text, language: 'en', refusal }, () => {
    produced += 1;
    return ANSWER;
  });
  return { answer, produced };
}

describe('answerUnlessLimited', () => {
  it('produces the answer when the limiter allows, whatever the refusal', async () => {
    for (const refusal of ['always', 'once', 'never'] as const) expect(await reply('allow', refusal)).toEqual({ answer: ANSWER, produced: 1 });
  });

  it('refuses what must be answered every time, and a message only when told to tell', async () => {
    for (const decision of ['refuse-and-tell', 'refuse-quietly'] as const) {
      const { answer, produced } = await reply(decision, 'always');
      expect(answer).toMatchObject({ kind: 'error', code: 'rateLimited' });
      expect(produced).toBe(0);
    }
    expect((await reply('refuse-and-tell', 'once')).answer).toMatchObject({ kind: 'error', code: 'rateLimited' });
    expect(await reply('refuse-quietly', 'once')).toEqual({ answer: undefined, produced: 0 });
  });

  it('never refuses a reference in passing aloud', async () => {
    expect(await reply('refuse-and-tell', 'never')).toEqual({ answer: undefined, produced: 0 });
  });

  it('says the refusal in the language of what was typed, else in the default', async () => {
    expect((await reply('refuse-and-tell', 'once', '上合组织对禁毒怎么说')).answer).toMatchObject({ language: 'zh' });
    expect((await reply('refuse-and-tell', 'once', '§42')).answer).toMatchObject({ language: 'en' });
  });
});
