import { describe, expect, it } from 'vitest';
import { encodeAction } from '../../adapters/button-action.js';
import { answerButton as answerAny, type ButtonAnswer } from '../../adapters/button-answer.js';
import type { InsightsRecorder } from '../../adapters/insights/recorder.js';
import { QueryStore } from '../../adapters/query-store.js';
import { createCore } from '../../src/create-core.js';
import { MemoryShared } from '../../src/store/memory-shared.js';

const core = createCore();
const queries = new QueryStore(new MemoryShared());
const ctx = { core, queries, reader: 'zh' as const };
const doc = core.documents[0]?.id ?? '';

/** A click that the core answers (not a rating). */
async function answerButton(value: string, limit: number, context: typeof ctx): Promise<ButtonAnswer> {
  const click = await answerAny(value, limit, context);
  if ('rate' in click) throw new Error(`expected an answer, got a rating of ${click.rate.answerId}`);
  return click;
}

describe('answering a click', () => {
  it('follows a paging button’s target and replaces the listing', async () => {
    const value = encodeAction({ type: 'later', target: { kind: 'paragraphs', documentId: doc, from: 44, to: 46, language: 'en' } }, 100, queries);
    const click = await answerButton(value, 100, ctx);
    expect({ delivery: click.delivery, foreign: click.foreign }).toEqual({ delivery: 'replace', foreign: false });
    expect(click.answer()).toMatchObject({ kind: 'paragraphs', language: 'en' });
  });
  it('sends a highlight’s whole paragraph to the clicker alone', async () => {
    const value = encodeAction({ type: 'paragraph', target: { kind: 'paragraphs', documentId: doc, from: 45, to: 45, language: 'zh' } }, 100, queries);
    expect((await answerButton(value, 100, ctx)).delivery).toBe('private');
  });
  it('refuses a value that is not ours in the platform’s language, and marks it foreign', async () => {
    const click = await answerButton('astana:whatever', 100, ctx);
    expect({ delivery: click.delivery, foreign: click.foreign, answer: click.answer() }).toMatchObject({
      delivery: 'reply',
      foreign: true,
      answer: { kind: 'error', code: 'unknownAction', language: 'zh' },
    });
  });
  it('says a forgotten question has expired, in the language it was asked in', async () => {
    const click = await answerButton(`more:5:en:k=${'0'.repeat(16)}`, 100, ctx);
    expect({ foreign: click.foreign, answer: click.answer() }).toMatchObject({ foreign: false, answer: { kind: 'error', code: 'expired', language: 'en' } });
  });
  it('hands a feedback button’s rating back to the adapter instead of asking the core', async () => {
    const value = encodeAction({ type: 'rate', target: { kind: 'rate', answerId: 'AbCdEfGhIj_-', rating: 'not-helpful', language: 'zh' } }, 100, queries);
    expect(value).toBe('rate:n:zh:AbCdEfGhIj_-');
    expect(await answerAny(value, 100, ctx)).toEqual({ rate: { kind: 'rate', answerId: 'AbCdEfGhIj_-', rating: 'not-helpful', language: 'zh' } });
    expect(await answerAny('rate:n:zh:short', 100, ctx)).toMatchObject({ foreign: true });
  });
});

describe('a page reached from a rated answer', () => {
  it('carries that answer’s rating buttons when the insights are on', async () => {
    const attached: (string | undefined)[] = [];
    const attach = (answer: unknown, id: string | undefined): unknown => {
      attached.push(id);
      return answer;
    };
    const insights = { attach } as unknown as InsightsRecorder;
    const target = { kind: 'paragraphs' as const, documentId: doc, from: 44, to: 46, language: 'en' as const, rated: 'abcdefghijkl' };
    const click = await answerAny(encodeAction({ type: 'later', target }, 100, queries), 100, { ...ctx, insights });
    if ('rate' in click) throw new Error('expected a page');
    expect({ answer: click.answer(), attached }).toMatchObject({ answer: { kind: 'paragraphs' }, attached: ['abcdefghijkl'] });
  });
});
