// Per-user limit on questions, one for every platform and every instance: at
// most `perMinute` in a minute, counted in the store's shared records.
// Whoever floods is told once per minute, then quietly ignored until the
// minute has passed, so the bot's replies never become a flood themselves.

import type { RateDecision, SharedRecords } from '../src/store/store.js';

export type { RateDecision } from '../src/store/store.js';

const MINUTE_MS = 60_000;

export class UserRateLimiter {
  constructor(
    private readonly perMinute: number,
    private readonly records: SharedRecords,
    private readonly now: () => number = Date.now,
    /** Called on every refusal (for the metrics). */
    private readonly onRefused: (decision: RateDecision) => void = () => undefined,
  ) {
    if (!Number.isInteger(perMinute) || perMinute < 1) {
      throw new Error(`rate limiter: perMinute must be a positive integer, got ${perMinute}`);
    }
  }

  async check(userId: string): Promise<RateDecision> {
    const decision = await this.records.countQuestion(userId, this.now(), MINUTE_MS, this.perMinute);
    if (decision !== 'allow') this.onRefused(decision);
    return decision;
  }
}
