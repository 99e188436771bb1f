// A message in a conversation, answered there alike on every platform: the
// answer sent when there is one, nothing when the reply is silence, and any
// failure logged once and apologised for where the answer would have gone.

import { describe, expect, it } from 'vitest';
import { answerInConversation, apologyIn } from '../../../adapters/chat/conversation-answer.js';
import { adapterError } from '../../../adapters/error-answer.js';
import { describeError, platformFailures } from '../../../adapters/failure.js';
import { createLogger } from '../../../adapters/logger.js';
import type { Answer } from '../../../src/model.js';

function runtime() {
  const lines: { msg: string; channel?: string }[] = [];
  const log = createLogger('trace', { write: (line: string) => void lines.push(JSON.parse(line) as { msg: string }) });
  const failures = platformFailures('test', log, (error) => describeError(error, (text) => text));
  // The 'message' is the answer's kind and language, enough to tell what was sent.
  return { lines, rt: { failures, reply: (answer: Answer) => `${answer.kind}${'code' in answer ? `:${answer.code}` : ''}/${answer.language}` } };
}

const failure = { message: 'test: could not answer a message', fields: { channel: 'C1' } };
const usage: Answer = adapterError('usage', 'en');

describe('answering in a conversation', () => {
  it('sends the answer there', async () => {
    const { rt } = runtime();
    const sent: string[] = [];
    await answerInConversation(rt, failure, { answer: async () => usage, language: 'zh' }, async (m) => void sent.push(m));
    expect(sent).toEqual(['error:usage/en']);
  });

  it('sends nothing when the reply is silence', async () => {
    const { rt } = runtime();
    const sent: string[] = [];
    await answerInConversation(rt, failure, { answer: async () => undefined, language: 'zh' }, async (m) => void sent.push(m));
    expect(sent).toEqual([]);
  });

  it('logs a failure once and apologises there, in the language given', async () => {
    const { rt, lines } = runtime();
    const sent: string[] = [];
    const broken = { answer: () => Promise.reject(new Error('database is locked')), language: 'zh' as const };
    await answerInConversation(rt, failure, broken, async (m) => void sent.push(m));
    expect(sent).toEqual(['error:internal/zh']);
    expect(lines).toMatchObject([{ msg: 'test: could not answer a message', channel: 'C1' }]);
  });

  it('never throws, even when the apology cannot be sent either', async () => {
    const { rt, lines } = runtime();
    const refused = () => Promise.reject(new Error('missing access'));
    await answerInConversation(rt, failure, { answer: async () => usage, language: 'en' }, refused);
    expect(lines.map((l) => l.msg)).toEqual(['test: could not answer a message', 'test: the apology could not be delivered either']);
  });

  it('gives the apology in the reader’s language', () => expect(apologyIn(runtime().rt, 'en')).toBe('error:internal/en'));
});
