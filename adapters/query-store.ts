// A question can be longer than a button may carry (Slack's value, Discord's
// 100-character custom_id), so the "more results" button carries a short key
// instead, and the question is kept in the store's shared records: in this
// process's memory with SQLite, in PostgreSQL when several instances run, so
// that any instance answers any instance's button.
//
// The key is a hash of the question: the same question keeps its key, and a
// key can only ever lead back to its own question. Rendering is synchronous,
// so the key is made at once and the question saved in the background;
// `savedQueries()` is awaited before any message goes out, so a button is never
// seen before its question is stored.

import { createHash } from 'node:crypto';
import type { SharedRecords } from '../src/store/store.js';

const inFlight = new Set<Promise<void>>();

/**
 * Resolves when every question whose save had begun by now (by any QueryStore)
 * is stored: those of a message rendered before the call. Saves begun later
 * (other answers') are not waited for: waiting until none is in flight made
 * every answer wait for the next ones under a steady load.
 */
export async function savedQueries(): Promise<void> {
  if (inFlight.size > 0) await Promise.allSettled([...inFlight]);
}

export class QueryStore {
  /** Questions this instance saved or read: a click on its own button needs no round trip. */
  private readonly local = new Map<string, string>();

  constructor(
    private readonly records: SharedRecords,
    private readonly now: () => number = Date.now,
    private readonly localCapacity = 1000,
  ) {}

  /** The key a question is kept under. */
  keyFor(query: string): string {
    const key = createHash('sha256').update(query).digest('hex').slice(0, 16);
    this.remember(key, query);
    const saving = this.records.saveQuery(key, query, this.now()).catch(() => {
      // Not stored: the button will say its question has expired; nothing else breaks.
    });
    inFlight.add(saving);
    void saving.finally(() => inFlight.delete(saving));
    return key;
  }

  /** The question behind a key, from this instance or the shared records; undefined when forgotten. */
  async queryFor(key: string): Promise<string | undefined> {
    const known = this.local.get(key);
    if (known !== undefined) return known;
    const query = await this.records.query(key);
    if (query !== undefined) this.remember(key, query);
    return query;
  }

  private remember(key: string, query: string): void {
    this.local.delete(key);
    this.local.set(key, query);
    while (this.local.size > this.localCapacity) {
      const oldest = this.local.keys().next().value;
      if (oldest === undefined) break;
      this.local.delete(oldest);
    }
  }
}
