// Questions can be longer than a button's 100-character custom_id, so the
// "more results" button carries a short key into this map instead. It is
// bounded: the oldest question is forgotten first, and a button pointing at a
// forgotten question says so.

export class QueryStore {
  private readonly byKey = new Map<string, string>();
  private readonly byQuery = new Map<string, string>();
  private counter = 0;

  constructor(private readonly capacity = 1000) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new Error(`discord query store: capacity must be a positive integer, got ${capacity}`);
  }

  keyFor(query: string): string {
    const existing = this.byQuery.get(query);
    if (existing !== undefined) {
      // Refresh: a question asked again is the last one forgotten.
      this.byKey.delete(existing);
      this.byKey.set(existing, query);
      return existing;
    }
    this.counter += 1;
    const key = this.counter.toString(36);
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
