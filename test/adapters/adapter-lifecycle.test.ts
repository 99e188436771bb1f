// The start-to-stop both chat adapters share: accepted work is waited for
// before the disconnect, start twice is refused, a never-started adapter
// disconnects only when its clients exist from construction, and a refused
// token stops a running adapter once.

import { describe, expect, it } from 'vitest';
import { adapterLifecycle, type LifecycleOptions } from '../../adapters/adapter-lifecycle.js';
import { createLogger } from '../../adapters/logger.js';
import type { TokenRevoked } from '../../adapters/token-revoked.js';

function lifecycle(overrides: Partial<LifecycleOptions> = {}) {
  const events: string[] = [];
  const told: TokenRevoked[] = [];
  const cycle = adapterLifecycle({
    platform: 'discord',
    log: createLogger('silent'),
    shutdownGraceMs: 1000,
    onTokenRevoked: (notice) => told.push(notice),
    connect: async () => {
      events.push('connect');
    },
    closeIntake: () => events.push('close intake'),
    disconnect: async () => {
      events.push('disconnect');
    },
    ...overrides,
  });
  return { cycle, events, told };
}

describe('adapterLifecycle', () => {
  it('runs once started, and refuses a second start', async () => {
    const { cycle } = lifecycle();
    expect(cycle.running()).toBe(false);
    await cycle.start();
    expect(cycle.running()).toBe(true);
    await expect(cycle.start()).rejects.toThrow(/start\(\) called twice/);
  });

  it('on stop takes no new work, waits for the accepted work, then disconnects', async () => {
    const { cycle, events } = lifecycle();
    await cycle.start();
    let finish: () => void = () => undefined;
    void cycle.track(
      new Promise<void>((resolve) => {
        finish = resolve;
      }).then(() => events.push('work done')),
    );
    const stopping = cycle.stop();
    expect(cycle.draining()).toBe(true);
    expect(cycle.running()).toBe(false);
    finish();
    await stopping;
    expect(events).toEqual(['connect', 'close intake', 'work done', 'disconnect']);
  });

  it('disconnects a never-started adapter only when told its clients exist from construction', async () => {
    const idle = lifecycle();
    await idle.cycle.stop();
    expect(idle.events).toEqual(['close intake']);
    const constructed = lifecycle({ disconnectUnstarted: true });
    await constructed.cycle.stop();
    expect(constructed.events).toEqual(['close intake', 'disconnect']);
  });

  it('stops once for a refused token while running, and ignores one before start', async () => {
    const { cycle, events, told } = lifecycle();
    cycle.tokenRevoked('DISCORD_TOKEN', 'before start');
    await cycle.start();
    cycle.tokenRevoked('DISCORD_TOKEN', '4004');
    cycle.tokenRevoked('DISCORD_TOKEN', 'again');
    await expect.poll(() => told.length).toBe(1);
    expect(told[0]).toEqual({ platform: 'discord', variable: 'DISCORD_TOKEN', reason: '4004' });
    expect(events.filter((e) => e === 'disconnect')).toHaveLength(1);
  });
});
