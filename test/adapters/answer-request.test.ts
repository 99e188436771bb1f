import { describe, expect, it } from 'vitest';
import { answerRequest, answerTyped, type AnswerContext } from '../../adapters/answer-request.js';
import { createCore } from '../../src/create-core.js';
import type { ChannelKey, HighlightService } from '../../src/highlights/ports.js';
import type { Answer } from '../../src/model.js';

const core = createCore();
const channel: ChannelKey = { platform: 'slack', channelId: 'C1' };
const context = (overrides: Partial<AnswerContext> = {}): AnswerContext => ({ core, highlights: undefined, channel, language: 'en', ...overrides });

/** A highlight service that records which operation was asked for, on which channel, in which language. */
function recordingHighlights(calls: string[]): HighlightService {
  const answer = (what: string, on: ChannelKey, language: string): Promise<Answer> => {
    calls.push(`${what} ${on.platform}:${on.channelId} ${language}`);
    return Promise.resolve({ kind: 'error', code: 'internal', language: 'en', message: what });
  };
  return {
    subscribe: (on, _options, language) => answer('subscribe', on, language),
    unsubscribe: (on, language) => answer('unsubscribe', on, language),
    status: (on, language) => answer('status', on, language),
    setTime: (on, _time, language) => answer('time', on, language),
    setTimeZone: (on, _zone, language) => answer('timezone', on, language),
    preview: (on, language) => answer('preview', on, language),
  };
}

describe('answering a text request', () => {
  it('asks the core a question', async () => {
    const answer = await answerRequest({ kind: 'ask', input: 'drug trafficking' }, context());
    expect(answer.kind).toBe('passages');
  });
  it('reads typed paragraph ranges in the platform default language', async () => {
    const answer = await answerRequest({ kind: 'paragraphs', ranges: [{ from: 42, to: 42 }] }, context({ language: 'zh' }));
    expect(answer).toMatchObject({ kind: 'paragraphs', language: 'zh' });
  });
  it('answers a topic in the language it was typed in, whatever the default', async () => {
    expect(await answerRequest({ kind: 'topic', name: 'drugs' }, context({ language: 'zh' }))).toMatchObject({ kind: 'topic', language: 'en' });
    expect(await answerRequest({ kind: 'topic', name: '禁毒' }, context({ language: 'en' }))).toMatchObject({ language: 'zh' });
  });
  it('says highlights are off when there is no highlight service, in the command’s language', async () => {
    expect(await answerRequest({ kind: 'highlights', text: '状态' }, context())).toMatchObject({ kind: 'error', code: 'highlightsDisabled', language: 'zh' });
  });
  it('shows the usage for a highlight sub-command it does not know', async () => {
    const calls: string[] = [];
    const answer = await answerRequest({ kind: 'highlights', text: 'frobnicate' }, context({ highlights: recordingHighlights(calls) }));
    expect(answer).toMatchObject({ kind: 'error', code: 'usage' });
    expect(calls).toEqual([]);
  });
  it('runs a highlight sub-command on the channel it was given', async () => {
    const calls: string[] = [];
    await answerRequest(
      { kind: 'highlights', text: 'status' },
      context({ highlights: recordingHighlights(calls), channel: { platform: 'discord', channelId: '42' } }),
    );
    expect(calls).toEqual(['status discord:42 en']);
  });
});

describe('answering what a user typed', () => {
  const services = { core, highlights: undefined, digests: undefined, insights: undefined };
  it('points channel settings typed where only slash commands may change them to the slash commands, in the language typed', async () => {
    const where = { channel, scope: undefined, language: 'en' as const, settings: 'by slash command' as const };
    expect(await answerTyped('highlights subscribe', services, where)).toMatchObject({ kind: 'error', code: 'usage', language: 'en' });
    expect(await answerTyped('要点 订阅', services, where)).toMatchObject({ code: 'usage', language: 'zh' });
    expect(await answerTyped('§42', services, where)).toMatchObject({ kind: 'paragraphs' });
  });
  it('runs the settings typed where they may be changed there', async () => {
    const settings = { digestTarget: undefined, mayManageDigest: () => Promise.resolve(true) };
    const answer = await answerTyped('highlights status', services, { channel, scope: 'T1', language: 'en', settings });
    expect(answer).toMatchObject({ kind: 'error', code: 'highlightsDisabled' });
  });
});
