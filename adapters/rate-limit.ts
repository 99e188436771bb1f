// Per-user limit on questions, one for every platform and every instance: at
// most `perMinute` in a minute, counted in the store's shared records.
// Whoever floods is told once per minute, then quietly ignored until the
// minute has passed, so the bot's replies never become a flood themselves.
//
// The decision does not wait for the shared count: with PostgreSQL that is a
// durable write, and it was most of what an answer waited for. An instance
// decides at once from what it counted itself and what the shared count last
// told it about this user; the shared count is kept in the background. One
// instance limits exactly; across several, a burst spread over them can get
// a few more answers than the limit before their shared count catches up.

import type { RateDecision, SharedRecords } from '../src/store/store.js';

export type { RateDecision } from '../src/store/store.js';

const MINUTE_MS = 60_000;
/** Users remembered at once; the oldest windows are forgotten first (a forgotten user starts a new window). */
const MAX_USERS = 10_000;

/** One user's current window, as this instance sees it. */
interface Window {
  startedAt: number;
  /** Questions this instance counted in the window. */
  count: number;
  /** Whether the shared count said the user is over the limit in this window. */
  sharedOver: boolean;
  /** Whether this instance has told the user to slow down in this window. */
  told: boolean;
}

export class UserRateLimiter {
  private readonly windows = new Map<string, Window>();

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
    const at = this.now();
    const window = this.windowOf(userId, at);
    window.count += 1;
    this.countShared(userId, at, window);
    if (window.count <= this.perMinute && !window.sharedOver) return 'allow';
    const decision: RateDecision = window.told ? 'refuse-quietly' : 'refuse-and-tell';
    window.told = true;
    this.onRefused(decision);
    return decision;
  }

  /** The user's window at `at`: the current one, or a new one when the minute has passed. */
  private windowOf(userId: string, at: number): Window {
    const known = this.windows.get(userId);
    if (known !== undefined && at - known.startedAt < MINUTE_MS) {
      // Most recently used last, so the oldest are forgotten first.
      this.windows.delete(userId);
      this.windows.set(userId, known);
      return known;
    }
    this.windows.delete(userId);
    const fresh: Window = { startedAt: at, count: 0, sharedOver: false, told: false };
    this.windows.set(userId, fresh);
    for (const oldest of this.windows.keys()) {
      if (this.windows.size <= MAX_USERS) break;
      this.windows.delete(oldest);
    }
    return fresh;
  }

  /** Counts the question in the shared records; a refusal there holds for the rest of this window here. */
  private countShared(userId: string, at: number, window: Window): void {
    this.records.countQuestion(userId, at, MINUTE_MS, this.perMinute).then(
      (shared) => {
        if (shared !== 'allow') window.sharedOver = true;
      },
      // The shared count is out of reach: this instance's own count still limits.
      () => undefined,
    );
  }
}
