import { describe, expect, it } from 'vitest';
import { InFlight } from '../../../adapters/operations/in-flight.js';

describe('InFlight', () => {
  it('waits for accepted work, including work accepted while waiting', async () => {
    const work = new InFlight();
    const done: string[] = [];
    let release: () => void = () => undefined;
    void work.track(new Promise<void>((resolve) => (release = resolve)).then(() => done.push('first')));
    const drained = work.drained(5000);
    void work.track(Promise.resolve().then(() => done.push('second')));
    release();
    expect([await drained, done.sort(), work.size]).toEqual([true, ['first', 'second'], 0]);
  });

  it('gives up after its time, saying so, and passes failures through', async () => {
    const work = new InFlight();
    void work.track(new Promise(() => undefined));
    await expect(work.track(Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect([await work.drained(20), work.size]).toEqual([false, 1]);
  });
});
