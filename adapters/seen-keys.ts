// Delivery de-duplication for every platform. A platform delivers an event
// again when it did not see our acknowledgement in time (Slack), and one
// message can arrive as two events (a mention in a DM: app_mention and
// message). Each delivery is remembered by key for a while, in the store's
// shared records, so it is answered once even when the retry reaches another instance.

import type { SharedRecords } from '../src/store/store.js';

export class SeenKeys {
  constructor(
    private readonly records: SharedRecords,
    private readonly ttlMs = 10 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** True the first time a key is seen (within the time to live), false after. */
  first(key: string): Promise<boolean> {
    return this.firstOfAll([key]);
  }

  /** True the first time any of the keys is seen; all of them are remembered. */
  firstOfAll(keys: readonly string[]): Promise<boolean> {
    return this.records.firstDelivery(keys, this.now(), this.ttlMs);
  }
}
