import { describe, expect, it } from 'vitest';
import { QueryStore } from '../../adapters/query-store.js';

describe('QueryStore', () => {
  it('gives back the question kept under a key', () => {
    const store = new QueryStore();
    expect(store.queryFor(store.keyFor('上合对阿富汗问题怎么看？'))).toBe('上合对阿富汗问题怎么看？');
  });

  it('keeps one key for the same question', () => {
    const store = new QueryStore();
    expect(store.keyFor('a')).toBe(store.keyFor('a'));
  });

  it('forgets the oldest question beyond its capacity', () => {
    const store = new QueryStore(2);
    const first = store.keyFor('a');
    store.keyFor('b');
    store.keyFor('c');
    expect([store.queryFor(first), store.size]).toEqual([undefined, 2]);
  });

  it('does not hand out the keys of another store (a restarted bot)', () => {
    expect(new QueryStore().queryFor(new QueryStore().keyFor('a'))).toBeUndefined();
  });

  it('refuses a capacity that is not a positive integer, naming the module', () => {
    expect(() => new QueryStore(0)).toThrow('query store: capacity must be a positive integer, got 0');
  });
});
