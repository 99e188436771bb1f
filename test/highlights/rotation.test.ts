import { describe, expect, it } from 'vitest';
import { orderCycle, seedFor, type RotationItem } from '../../src/highlights/rotation.js';
import { createCore } from '../../src/create-core.js';
import { loadCatalog } from '../../src/highlights/catalog.js';
import { DEFAULT_INDEX_DIR } from '../../src/create-core.js';

const catalog = loadCatalog(createCore(), DEFAULT_INDEX_DIR);
const items: RotationItem[] = catalog.commitments.map((c) => ({ id: c.id, topic: c.topic?.id }));
const topic = new Map(items.map((i) => [i.id, i.topic]));

function cycles(seed: number, count: number): string[][] {
  const out: string[][] = [];
  let previous: string | undefined;
  for (let c = 0; c < count; c++) {
    const order = orderCycle(items, seed, c, previous);
    out.push(order);
    previous = topic.get(order.at(-1) ?? '');
  }
  return out;
}

describe('orderCycle', () => {
  it('shows every commitment exactly once per cycle', () => {
    for (const order of cycles(seedFor('slack:C1'), 3)) {
      expect([...order].sort()).toEqual(items.map((i) => i.id).sort());
    }
  });

  it('never gives two consecutive days one topic, within a cycle or across the seam, for many seeds', () => {
    for (let s = 0; s < 200; s++) {
      const days = cycles(seedFor(`discord:${s}`), 3).flat();
      const repeats = days.filter((id, i) => i > 0 && topic.get(id) === topic.get(days[i - 1] ?? ''));
      expect(repeats).toEqual([]);
    }
  });

  it('gives the same order for the same seed and cycle', () => {
    expect(orderCycle(items, 42, 3, 'economy')).toEqual(orderCycle(items, 42, 3, 'economy'));
  });

  it('gives different channels different orders', () => {
    expect(orderCycle(items, seedFor('slack:C1'), 0, undefined)).not.toEqual(orderCycle(items, seedFor('slack:C2'), 0, undefined));
  });

  it('keeps as many neighbours apart as it can when one topic dominates', () => {
    const lopsided: RotationItem[] = [...['a1', 'a2', 'a3', 'a4'].map((id) => ({ id, topic: 'a' })), { id: 'b1', topic: 'b' }];
    const order = orderCycle(lopsided, 7, 0, undefined);
    expect([...order].sort()).toEqual(['a1', 'a2', 'a3', 'a4', 'b1']);
    expect(order.indexOf('b1')).toBeGreaterThan(0);
    expect(order.indexOf('b1')).toBeLessThan(4);
  });
});
