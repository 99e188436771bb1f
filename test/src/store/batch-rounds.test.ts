import { describe, expect, it } from 'vitest';
import { deliveryRounds } from '../../../src/store/postgres-deliveries.js';
import { rateRounds } from '../../../src/store/postgres-rate-counts.js';

const MINUTE = 60_000;

describe('deliveryRounds', () => {
  it('puts calls without a shared key in one round', () => {
    expect(
      deliveryRounds([
        { keys: ['a', 'b'], now: 0, ttlMs: 1 },
        { keys: ['c'], now: 0, ttlMs: 1 },
      ]),
    ).toEqual([[0, 1]]);
  });

  it('puts a call after every earlier call sharing one of its keys, so the first caller wins', () => {
    const call = (...keys: string[]) => ({ keys, now: 0, ttlMs: 1 });
    expect(deliveryRounds([call('a', 'b'), call('b', 'c'), call('d'), call('c'), call('a')])).toEqual([[0, 2], [1, 4], [3]]);
  });
});

describe('rateRounds', () => {
  const call = (user: string, now: number, windowMs = MINUTE) => ({ user, now, windowMs, limit: 3 });
  const shape = (rounds: ReturnType<typeof rateRounds>) => rounds.map((r) => r.map((g) => `${g.user}:${g.calls.join(',')}`));

  it('groups one user’s calls of a batch, in order, one group per user', () => {
    expect(shape(rateRounds([call('u', 1), call('v', 1), call('u', 2), call('u', 2)]))).toEqual([['u:0,2,3', 'v:1']]);
  });

  it('starts a later round when a call could start a new window within the group, goes back in time, or has another window length', () => {
    expect(shape(rateRounds([call('u', 0), call('u', MINUTE), call('u', 5), call('u', MINUTE + 1, 10)]))).toEqual([['u:0'], ['u:1'], ['u:2'], ['u:3']]);
  });
});
