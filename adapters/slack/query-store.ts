// Questions too long for a button's value wait here under a short key, for
// "more results". Bounded: the oldest are forgotten first, and a button whose
// question was forgotten says so.

import { randomBytes } from 'node:crypto';

export class QueryStore {
  private readonly queries = new Map<string, string>();

  constructor(private readonly capacity = 500) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new Error(`slack/query-store: capacity must be a positive integer, got ${capacity}`);
    }
  }

  keep(query: string): string {
    const key = randomBytes(9).toString('base64url');
    this.queries.set(key, query);
    while (this.queries.size > this.capacity) {
      const oldest = this.queries.keys().next().value;
      if (oldest === undefined) break;
      this.queries.delete(oldest);
    }
    return key;
  }

  get(key: string): string | undefined {
    return this.queries.get(key);
  }

  get size(): number {
    return this.queries.size;
  }
}
