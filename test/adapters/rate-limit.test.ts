// The per-user limit decides at once, from this instance's own count and what
// the shared count last said about the user; the shared count is kept in the
// background (with PostgreSQL a durable write the answer no longer waits for).
import { describe, expect, it } from 'vitest';
import { UserRateLimiter } from '../../adapters/rate-limit.js';
import { MemoryShared } from '../../src/store/memory-shared.js';
import type { RateDecision, SharedRecords } from '../../src/store/store.js';

/** Shared records whose question count is answered only when the test says so. */
function heldShared(): { records: SharedRecords; release: (decision: RateDecision) => void; counted: () => number } {
  const inner = new MemoryShared();
  const pending: ((d: RateDecision) => void)[] = [];
  const records: SharedRecords = {
    saveQuery: (k, q) => inner.saveQuery(k, q),
    query: (k) => inner.query(k),
    firstDelivery: (k, n, t) => inner.firstDelivery(k, n, t),
    countQuestion: () => new Promise<RateDecision>((resolve) => pending.push(resolve)),
  };
  return {
    records,
    release: (d) => {
      for (const resolve of pending.splice(0)) resolve(d);
    },
    counted: () => pending.length,
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('the per-user rate limit', () => {
  it('allows the limit in a minute, tells once, then refuses quietly, and starts again a minute later', async () => {
    let now = 1_000_000;
    const refused: RateDecision[] = [];
    const limiter = new UserRateLimiter(
      3,
      new MemoryShared(),
      () => now,
      (d) => void refused.push(d),
    );
    const first = [];
    for (let i = 0; i < 6; i++) first.push(await limiter.check('U1'));
    now += 60_000;
    expect({ first, later: await limiter.check('U1'), other: await limiter.check('U2'), refused }).toEqual({
      first: ['allow', 'allow', 'allow', 'refuse-and-tell', 'refuse-quietly', 'refuse-quietly'],
      later: 'allow',
      other: 'allow',
      refused: ['refuse-and-tell', 'refuse-quietly', 'refuse-quietly'],
    });
  });

  it('decides without waiting for the shared count, and counts every question there', async () => {
    const shared = heldShared();
    const limiter = new UserRateLimiter(10, shared.records);
    expect([await limiter.check('U1'), await limiter.check('U1'), shared.counted()]).toEqual(['allow', 'allow', 2]);
  });

  it('refuses, telling once, after the shared count says another instance has had the user’s questions', async () => {
    const shared = heldShared();
    const limiter = new UserRateLimiter(10, shared.records);
    const before = await limiter.check('U1');
    shared.release('refuse-and-tell');
    await settle();
    expect([before, await limiter.check('U1'), await limiter.check('U1')]).toEqual(['allow', 'refuse-and-tell', 'refuse-quietly']);
  });

  it('still limits by its own count when the shared count is out of reach', async () => {
    const inner = new MemoryShared();
    const failing: SharedRecords = {
      saveQuery: (k, q) => inner.saveQuery(k, q),
      query: (k) => inner.query(k),
      firstDelivery: (k, n, t) => inner.firstDelivery(k, n, t),
      countQuestion: () => Promise.reject(new Error('database gone')),
    };
    const limiter = new UserRateLimiter(1, failing);
    expect([await limiter.check('U1'), await limiter.check('U1')]).toEqual(['allow', 'refuse-and-tell']);
  });
});
