import { describe, expect, it } from 'vitest';
import { SeenKeys } from '../../adapters/seen-keys.js';
import { MemoryShared } from '../../src/store/memory-shared.js';

describe('delivery de-duplication', () => {
  it('says a key is new only the first time within its time to live', async () => {
    let now = 0;
    const seen = new SeenKeys(new MemoryShared(), 1000, () => now);
    expect([await seen.first('a'), await seen.first('a'), await seen.first('b')]).toEqual([true, false, true]);
    now = 2000;
    expect(await seen.first('a')).toBe(true);
  });
  it('treats a delivery as seen when any of its keys was, and remembers all of them', async () => {
    const seen = new SeenKeys(new MemoryShared());
    expect(await seen.firstOfAll(['message:C1:1.0', 'event:E1'])).toBe(true);
    expect(await seen.firstOfAll(['message:C1:1.0'])).toBe(false);
    expect(await seen.first('event:E1')).toBe(false);
  });
});
