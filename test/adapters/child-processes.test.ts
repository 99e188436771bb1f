// Stopping a supervisor's children: SIGTERM to each, then a wait for their exits, bounded by the grace.

import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { stopChildren } from '../../adapters/child-processes.js';

/** A child that takes `ms` to finish after SIGTERM (it says when it is ready to be stopped). */
async function child(ms: number) {
  const script = `process.on('SIGTERM', () => setTimeout(() => process.exit(0), ${ms})); console.log('ready'); setInterval(() => {}, 1000);`;
  const started = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  await once(started.stdout, 'data');
  return started;
}

describe('stopChildren', () => {
  it('sends SIGTERM to every child and waits for them to finish', async () => {
    const children = [await child(50), await child(100)];
    await stopChildren([...children, null], 5_000);
    expect(children.map((c) => c.exitCode)).toEqual([0, 0]);
  });

  it('waits no longer than the grace for a child that does not finish', async () => {
    const slow = await child(10_000);
    const began = Date.now();
    await stopChildren([slow], 200);
    expect(Date.now() - began).toBeLessThan(2_000);
    expect(slow.exitCode).toBeNull();
    slow.kill('SIGKILL');
  });

  it('does not wait for a child already gone', async () => {
    const gone = await child(0);
    gone.kill('SIGKILL');
    await once(gone, 'exit');
    const began = Date.now();
    await stopChildren([gone], 5_000);
    expect(Date.now() - began).toBeLessThan(1_000);
  });
});
