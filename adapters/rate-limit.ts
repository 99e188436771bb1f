// Per-user limit on questions, one for every platform: at most `perMinute` in
// any sliding minute.
// Whoever floods is told once per minute, then quietly ignored until the
// minute has passed, so the bot's replies never become a flood themselves.

export type RateDecision = 'allow' | 'refuse-and-tell' | 'refuse-quietly';

export class UserRateLimiter {
  private readonly asked = new Map<string, number[]>();
  private readonly toldAt = new Map<string, number>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
    private readonly maxUsers = 10_000,
  ) {
    if (!Number.isInteger(perMinute) || perMinute < 1) {
      throw new Error(`rate limiter: perMinute must be a positive integer, got ${perMinute}`);
    }
  }

  check(userId: string): RateDecision {
    const now = this.now();
    const recent = (this.asked.get(userId) ?? []).filter((t) => now - t < 60_000);
    if (recent.length < this.perMinute) {
      recent.push(now);
      this.remember(userId, recent);
      return 'allow';
    }
    this.remember(userId, recent);
    const told = this.toldAt.get(userId);
    if (told !== undefined && now - told < 60_000) return 'refuse-quietly';
    this.toldAt.set(userId, now);
    return 'refuse-and-tell';
  }

  private remember(userId: string, times: number[]): void {
    this.asked.delete(userId);
    this.asked.set(userId, times);
    while (this.asked.size > this.maxUsers) {
      const oldest = this.asked.keys().next().value;
      if (oldest === undefined) break;
      this.asked.delete(oldest);
      this.toldAt.delete(oldest);
    }
  }
}
