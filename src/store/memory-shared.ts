// The adapters' shared state for a single process: bounded maps, the oldest
// entry forgotten first. PostgreSQL replaces this when several instances run
// (postgres-shared.ts); both pass the same contract suite.

import type { RateDecision, SharedRecords } from './store.js';

export interface MemoryLimits {
  /** Questions kept behind buttons. */
  queries: number;
  /** Delivery keys remembered. */
  deliveries: number;
  /** Users whose recent questions are counted. */
  users: number;
}

export const MEMORY_LIMITS = { queries: 1000, deliveries: 5000, users: 10_000 } as const satisfies MemoryLimits;

/** Sets `key` as the newest entry and drops the oldest beyond `capacity`. */
function touch<V>(map: Map<string, V>, key: string, value: V, capacity: number, onDrop?: (key: string) => void): void {
  map.delete(key);
  map.set(key, value);
  while (map.size > capacity) {
    const oldest = map.keys().next().value;
    if (oldest === undefined) break;
    map.delete(oldest);
    onDrop?.(oldest);
  }
}

export class MemoryShared implements SharedRecords {
  private readonly queries = new Map<string, string>();
  private readonly deliveries = new Map<string, number>();
  private readonly asked = new Map<string, number[]>();
  private readonly toldAt = new Map<string, number>();

  constructor(private readonly limits: MemoryLimits = MEMORY_LIMITS) {}

  async saveQuery(key: string, query: string): Promise<void> {
    touch(this.queries, key, query, this.limits.queries);
  }

  async query(key: string): Promise<string | undefined> {
    return this.queries.get(key);
  }

  async firstDelivery(keys: readonly string[], now: number, ttlMs: number): Promise<boolean> {
    let fresh = true;
    for (const key of keys) {
      const at = this.deliveries.get(key);
      if (at !== undefined && now - at < ttlMs) fresh = false;
      else touch(this.deliveries, key, now, this.limits.deliveries);
    }
    return fresh;
  }

  async countQuestion(user: string, now: number, windowMs: number, limit: number): Promise<RateDecision> {
    const recent = (this.asked.get(user) ?? []).filter((t) => now - t < windowMs);
    const allowed = recent.length < limit;
    if (allowed) recent.push(now);
    touch(this.asked, user, recent, this.limits.users, (dropped) => this.toldAt.delete(dropped));
    if (allowed) return 'allow';
    const told = this.toldAt.get(user);
    if (told !== undefined && now - told < windowMs) return 'refuse-quietly';
    this.toldAt.set(user, now);
    return 'refuse-and-tell';
  }
}
