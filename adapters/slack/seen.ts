// Slack delivers an event again when it did not see our acknowledgement in
// time, and a mention in a DM can arrive both as app_mention and as message.
// Each delivery is remembered by key for a while, so it is answered once.

export class SeenKeys {
  private readonly seenAt = new Map<string, number>();

  constructor(
    private readonly capacity = 5000,
    private readonly ttlMs = 10 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** True the first time a key is seen (within the time to live), false after. */
  first(key: string): boolean {
    const now = this.now();
    const at = this.seenAt.get(key);
    if (at !== undefined && now - at < this.ttlMs) return false;
    this.seenAt.delete(key);
    this.seenAt.set(key, now);
    while (this.seenAt.size > this.capacity) {
      const oldest = this.seenAt.keys().next().value;
      if (oldest === undefined) break;
      this.seenAt.delete(oldest);
    }
    return true;
  }

  /** True the first time any of the keys is seen; all of them are remembered. */
  firstOfAll(keys: readonly string[]): boolean {
    let fresh = true;
    for (const key of keys) {
      if (!this.first(key)) fresh = false;
    }
    return fresh;
  }
}
