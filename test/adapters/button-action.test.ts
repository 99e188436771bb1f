import { describe, expect, it } from 'vitest';
import { decodeAction, encodeAction, type ButtonAction } from '../../adapters/button-action.js';
import { QueryStore } from '../../adapters/query-store.js';
import { MemoryShared } from '../../src/store/memory-shared.js';

// What a button carries comes back from the network: every action survives the
// round trip within Discord's 100 characters, and anything else is refused.

const queries = new QueryStore(new MemoryShared());
const doc = 'astana-declaration-2024';
const actions: ButtonAction[] = [
  { type: 'more', target: { kind: 'ask', query: '上合组织对AI的态度', offset: 3, language: 'zh' } },
  { type: 'context', target: { kind: 'context', documentId: doc, paragraph: 44, before: 1, after: 1, language: 'en' } },
  { type: 'earlier', target: { kind: 'paragraphs', documentId: doc, from: 38, to: 40, language: 'zh' } },
  { type: 'later', target: { kind: 'paragraphs', documentId: doc, from: 44, to: 46, language: 'en' } },
  { type: 'paragraph', target: { kind: 'paragraphs', documentId: doc, from: 45, to: 45, language: 'en' } },
];

describe('button actions', () => {
  it.each(actions)('carries the rated answer of a $type page button there and back, within 100 characters', async (action) => {
    const rated = { ...action, target: { ...action.target, rated: 'AbCdEfGhIj_-' } } as ButtonAction;
    const value = encodeAction(rated, 100, queries);
    expect([value.startsWith('@AbCdEfGhIj_-:'), value.length <= 100]).toEqual([true, true]);
    expect(await decodeAction(value, 100, queries)).toEqual(rated);
  });

  it('drops the rated answer rather than break the limit, and reads buttons posted without one', async () => {
    const long = {
      type: 'context',
      target: { kind: 'context', documentId: 'd'.repeat(64), paragraph: 12345, before: 12345, after: 12345, language: 'en', rated: 'AbCdEfGhIj_-' },
    } as const;
    const value = encodeAction(long, 100, queries);
    expect(value.startsWith('ctx:')).toBe(true);
    expect(await decodeAction(value, 100, queries)).toMatchObject({ type: 'context', target: { documentId: 'd'.repeat(64) } });
    expect(await decodeAction('@short:ctx:x:1:1:1:en', 100, queries)).toBeUndefined();
  });

  it.each(actions)('carries $type and its whole target there and back', async (action) => {
    expect(await decodeAction(encodeAction(action, 100, queries), 100, queries)).toEqual(action);
  });

  it('keeps a question too long for the button in the query store', async () => {
    const action: ButtonAction = { type: 'more', target: { kind: 'ask', query: 'x'.repeat(500), offset: 3, language: 'en' } };
    const text = encodeAction(action, 100, queries);
    expect({ short: text.length <= 100, back: await decodeAction(text, 100, queries) }).toEqual({ short: true, back: action });
  });

  it('says a forgotten question has expired, in the language it was asked in', async () => {
    expect(await decodeAction('more:3:zh:k=0123456789abcdef', 100, queries)).toEqual({ type: 'expired', language: 'zh' });
  });

  it.each([
    ['not text', 42],
    ['too long', `ctx:${doc}:44:1:1:en${' '.repeat(100)}`],
    ['another language', `ctx:${doc}:44:1:1:ru`],
    ['a range backwards', `next:${doc}:46:44:en`],
    ['a malformed key', 'more:3:en:k=../../etc'],
    ['an unknown kind', `page:${doc}:44`],
  ])('refuses %s', async (_what, value) => {
    expect(await decodeAction(value, 100, queries)).toBeUndefined();
  });
});
