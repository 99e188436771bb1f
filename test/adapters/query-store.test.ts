import { describe, expect, it } from 'vitest';
import { QueryStore, savedQueries } from '../../adapters/query-store.js';
import { MemoryShared } from '../../src/store/memory-shared.js';
import type { SharedRecords } from '../../src/store/store.js';

describe('QueryStore', () => {
  it('gives back the question kept under a key', async () => {
    const store = new QueryStore(new MemoryShared());
    expect(await store.queryFor(store.keyFor('上合对阿富汗问题怎么看？'))).toBe('上合对阿富汗问题怎么看？');
  });

  it('keeps one key for the same question, and different keys for different questions', () => {
    const [one, other] = [new QueryStore(new MemoryShared()), new QueryStore(new MemoryShared())];
    const first = one.keyFor('a');
    expect([one.keyFor('a'), other.keyFor('a'), one.keyFor('b') === first]).toEqual([first, first, false]);
  });

  it('answers a key made by another instance that shares its records', async () => {
    const shared = new MemoryShared();
    const key = new QueryStore(shared).keyFor('中亚无核武器区');
    await savedQueries();
    expect(await new QueryStore(shared).queryFor(key)).toBe('中亚无核武器区');
  });

  it('does not know the keys of a store with other records (a restarted bot with its memory gone)', async () => {
    const key = new QueryStore(new MemoryShared()).keyFor('a');
    await savedQueries();
    expect(await new QueryStore(new MemoryShared()).queryFor(key)).toBeUndefined();
  });

  it('still answers from the shared records what its own memory has forgotten', async () => {
    const shared = new MemoryShared();
    const store = new QueryStore(shared, Date.now, 2);
    const first = store.keyFor('a');
    store.keyFor('b');
    store.keyFor('c');
    await savedQueries();
    expect(await store.queryFor(first)).toBe('a');
  });

  it('treats a question the records failed to keep as forgotten, without an unhandled rejection', async () => {
    const failing: SharedRecords = {
      ...new MemoryShared(),
      saveQuery: () => Promise.reject(new Error('connection refused')),
      query: async () => undefined,
      firstDelivery: async () => true,
      countQuestion: async () => 'allow',
    };
    const key = new QueryStore(failing).keyFor('x');
    await savedQueries();
    expect(await new QueryStore(failing).queryFor(key)).toBeUndefined();
  });
});
