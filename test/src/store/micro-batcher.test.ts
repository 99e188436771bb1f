import { describe, expect, it } from 'vitest';
import { MicroBatcher } from '../../../src/store/micro-batcher.js';

/** A runner that records each batch and answers each item doubled, after `delayMs`. */
function doubling(delayMs = 0): { batches: number[][]; run: (items: readonly number[]) => Promise<number[]> } {
  const batches: number[][] = [];
  return {
    batches,
    async run(items) {
      batches.push([...items]);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      return items.map((i) => i * 2);
    },
  };
}

describe('MicroBatcher', () => {
  it('sends the calls of one turn as one batch, in order, each caller with its own result', async () => {
    const r = doubling();
    const b = new MicroBatcher(r.run, { maxBatch: 500 });
    expect(await Promise.all([1, 2, 3].map((i) => b.submit(i)))).toEqual([2, 4, 6]);
    expect(r.batches).toEqual([[1, 2, 3]]);
  });

  it('gathers the calls made while a batch is in flight into the next one, with one batch in flight at a time', async () => {
    const r = doubling(20);
    const b = new MicroBatcher(r.run, { maxBatch: 500 });
    const first = b.submit(1);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const later = [b.submit(2), b.submit(3)];
    await new Promise((resolve) => setTimeout(resolve, 1));
    const last = b.submit(4);
    expect(await Promise.all([first, ...later, last])).toEqual([2, 4, 6, 8]);
    expect(r.batches).toEqual([[1], [2, 3, 4]]);
  });

  it('never sends more than maxBatch calls at once, and keeps their order across batches', async () => {
    const r = doubling();
    const b = new MicroBatcher(r.run, { maxBatch: 3 });
    expect(await Promise.all([1, 2, 3, 4, 5, 6, 7].map((i) => b.submit(i)))).toEqual([2, 4, 6, 8, 10, 12, 14]);
    expect(r.batches).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
  });

  it('rejects every caller of a failed batch with its error, and goes on with the next batch', async () => {
    let calls = 0;
    const b = new MicroBatcher<number, number>(
      async (items) => {
        calls += 1;
        await new Promise((resolve) => setTimeout(resolve, 10));
        if (calls === 1) throw new Error('database away');
        return items.map((i) => i);
      },
      { maxBatch: 500 },
    );
    const failed = [b.submit(1), b.submit(2)];
    await new Promise((resolve) => setTimeout(resolve, 1));
    const next = b.submit(3);
    const settled = await Promise.allSettled([...failed, next]);
    expect(settled.map((s) => (s.status === 'rejected' ? (s.reason as Error).message : s.value))).toEqual(['database away', 'database away', 3]);
  });

  it('rejects every caller when the runner answers for a different number of calls', async () => {
    const b = new MicroBatcher<number, number>(async () => [1], { maxBatch: 500 });
    const settled = await Promise.allSettled([b.submit(1), b.submit(2)]);
    expect(settled.map((s) => s.status)).toEqual(['rejected', 'rejected']);
  });

  it('waits lingerMs for company when asked to, and sends at once when the batch is full', async () => {
    const r = doubling();
    const b = new MicroBatcher(r.run, { maxBatch: 3, lingerMs: 30 });
    const first = b.submit(1);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(r.batches).toEqual([]);
    const second = b.submit(2);
    expect(await Promise.all([first, second])).toEqual([2, 4]);
    expect(r.batches).toEqual([[1, 2]]);
    const full = [b.submit(3), b.submit(4), b.submit(5)];
    await new Promise((resolve) => setImmediate(resolve));
    expect(r.batches).toEqual([
      [1, 2],
      [3, 4, 5],
    ]);
    await Promise.all(full);
  });

  it('drain sends the lingering calls and resolves once they are done', async () => {
    const r = doubling(5);
    const b = new MicroBatcher(r.run, { maxBatch: 500, lingerMs: 10_000 });
    const pending = [b.submit(1), b.submit(2)];
    await b.drain();
    expect(r.batches).toEqual([[1, 2]]);
    expect(await Promise.all(pending)).toEqual([2, 4]);
  });

  it('refuses a batch size that is not a positive integer', () => {
    expect(() => new MicroBatcher(async () => [], { maxBatch: 0 })).toThrow(/maxBatch/);
  });
});
