import { randomBytes } from 'node:crypto';

// A question can be longer than a button may carry (Slack's value, Discord's
// 100-character custom_id), so the "more results" button carries a short key
// into this map instead. Bounded: the oldest question is forgotten first, and a
// button pointing at a forgotten question says so. Keys are random, so a button
// from before a restart can never fetch another question's results.

export class QueryStore {
  private readonly byKey = new Map<string, string>();
  private readonly byQuery = new Map<string, string>();

  constructor(private readonly capacity = 1000) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new Error(`query store: capacity must be a positive integer, got ${capacity}`);
  }

  /** The key a question is kept under; the same question keeps its key. */
  keyFor(query: string): string {
    const existing = this.byQuery.get(query);
    if (existing !== undefined) {
      // Refresh: a question asked again is the last one forgotten.
      this.byKey.delete(existing);
      this.byKey.set(existing, query);
      return existing;
    }
    const key = randomBytes(8).toString('hex');
    this.byKey.set(key, query);
    this.byQuery.set(query, key);
    while (this.byKey.size > this.capacity) {
      const oldest = this.byKey.keys().next().value;
      if (oldest === undefined) break;
      const q = this.byKey.get(oldest);
      this.byKey.delete(oldest);
      if (q !== undefined) this.byQuery.delete(q);
    }
    return key;
  }

  queryFor(key: string): string | undefined {
    return this.byKey.get(key);
  }

  get size(): number {
    return this.byKey.size;
  }
}
