// Per-user flood control: at most `perMinute` requests in any sliding minute.
// The first refusal in a run is reported so the user is told once; later ones
// are silent for messages (interactions must always be answered anyway).

export interface RateDecision {
  allowed: boolean;
  /** The first refusal since the user was last allowed. */
  firstRefusal: boolean;
}

const WINDOW_MS = 60_000;
const SWEEP_AT = 10_000;

export class UserRateLimiter {
  private readonly hits = new Map<string, { times: number[]; refused: boolean }>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {
    if (!Number.isInteger(perMinute) || perMinute < 1) throw new Error(`discord rate limiter: perMinute must be a positive integer, got ${perMinute}`);
  }

  take(userId: string): RateDecision {
    const now = this.now();
    if (this.hits.size > SWEEP_AT) this.sweep(now);
    const entry = this.hits.get(userId) ?? { times: [], refused: false };
    entry.times = entry.times.filter((t) => now - t < WINDOW_MS);
    this.hits.set(userId, entry);
    if (entry.times.length >= this.perMinute) {
      const firstRefusal = !entry.refused;
      entry.refused = true;
      return { allowed: false, firstRefusal };
    }
    entry.times.push(now);
    entry.refused = false;
    return { allowed: true, firstRefusal: false };
  }

  private sweep(now: number): void {
    for (const [user, entry] of this.hits) if (entry.times.every((t) => now - t >= WINDOW_MS)) this.hits.delete(user);
  }
}
