// The card's actions as buttons, alike on every platform: arrows on the
// paging buttons, the leading actions marked, and a value that decodes back
// to the action within the platform's limit.

import { describe, expect, it } from 'vitest';
import { decodeAction } from '../../adapters/button-action.js';
import { cardButtons } from '../../adapters/card-buttons.js';
import { QueryStore } from '../../adapters/query-store.js';
import type { CardAction } from '../../src/present/card.js';
import { MemoryShared } from '../../src/store/memory-shared.js';

const range = { kind: 'paragraphs', documentId: 'astana-2024', from: 3, to: 5, language: 'en' } as const;
const ACTIONS: CardAction[] = [
  { type: 'more', label: 'More results', target: { kind: 'ask', query: 'drugs', offset: 3, language: 'en' } },
  { type: 'earlier', label: 'Earlier paragraphs', target: range },
  { type: 'later', label: 'Later paragraphs', target: range },
  { type: 'paragraph', label: 'Whole paragraph', target: range },
];

describe('cardButtons', () => {
  it('labels paging with arrows and marks more results and the whole paragraph as leading', () => {
    const buttons = cardButtons(ACTIONS, 100, new QueryStore(new MemoryShared()));
    expect(buttons.map((b) => [b.type, b.label, b.primary])).toEqual([
      ['more', 'More results', true],
      ['earlier', '◀ Earlier paragraphs', false],
      ['later', 'Later paragraphs ▶', false],
      ['paragraph', 'Whole paragraph', true],
    ]);
  });

  it('carries values within the limit that decode back to their actions', async () => {
    const queries = new QueryStore(new MemoryShared());
    const long: CardAction = { type: 'more', label: 'More', target: { kind: 'ask', query: 'x'.repeat(300), offset: 3, language: 'en' } };
    for (const [action, button] of [...ACTIONS, long].map((a) => [a, cardButtons([a], 100, queries)[0]] as const)) {
      expect(button?.value.length).toBeLessThanOrEqual(100);
      expect(await decodeAction(button?.value, 100, queries)).toEqual({ type: action.type, target: action.target });
    }
  });
});
