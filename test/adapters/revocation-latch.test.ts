// The latch both chat adapters use when their token is refused: the first
// report stops the adapter and tells the supervisor once; later reports, and
// any while the adapter is not running, change nothing.

import { describe, expect, it } from 'vitest';
import { createLogger } from '../../adapters/logger.js';
import { revocationLatch, type TokenRevoked } from '../../adapters/token-revoked.js';

function latch(running: boolean) {
  const told: TokenRevoked[] = [];
  let stops = 0;
  let toldOnce: (notice: TokenRevoked) => void = () => undefined;
  const first = new Promise<TokenRevoked>((resolve) => {
    toldOnce = resolve;
  });
  const report = revocationLatch({
    platform: 'discord',
    log: createLogger('silent'),
    running: () => running,
    stop: async () => {
      stops += 1;
    },
    onTokenRevoked: (notice) => {
      told.push(notice);
      toldOnce(notice);
    },
  });
  return { report, told, first, stops: () => stops };
}

describe('revocationLatch', () => {
  it('stops the adapter, then tells the supervisor which setting to replace', async () => {
    const l = latch(true);
    l.report('DISCORD_TOKEN', '401 Unauthorized');
    expect(await l.first).toEqual({ platform: 'discord', variable: 'DISCORD_TOKEN', reason: '401 Unauthorized' });
    expect(l.stops()).toBe(1);
  });

  it('acts on the first report only', async () => {
    const l = latch(true);
    l.report('DISCORD_TOKEN', 'first');
    l.report('DISCORD_TOKEN', 'second');
    await l.first;
    // The supervisor is told after the stop, so by now any second notice would have been queued as well.
    await new Promise<void>((resolve) => setImmediate(resolve));
    expect([l.told.map((n) => n.reason), l.stops()]).toEqual([['first'], 1]);
  });

  it('ignores a report while the adapter is not running', async () => {
    const l = latch(false);
    l.report('DISCORD_TOKEN', 'during start');
    await new Promise<void>((resolve) => setImmediate(resolve));
    expect([l.told, l.stops()]).toEqual([[], 0]);
  });
});
