import { describe, expect, it } from 'vitest';
import { paragraphNumbers, referenceIn } from '../../adapters/paragraph-numbers.js';

describe('paragraph numbers typed as an option', () => {
  it('reads numbers, ranges and lists', () =>
    expect(paragraphNumbers('§12-14, 20')).toEqual([
      { from: 12, to: 14 },
      { from: 20, to: 20 },
    ]));
  it('leaves references in words to the core', () =>
    expect([paragraphNumbers('第12段'), paragraphNumbers('paragraph 42'), paragraphNumbers('')]).toEqual([undefined, undefined, undefined]));
});

describe('a paragraph named in passing', () => {
  it('finds §42 inside a sentence', () => expect(referenceIn('see §42 for that')).toEqual([{ from: 42, to: 42 }]));
  it('finds a range', () => expect(referenceIn('§ 12–14')).toEqual([{ from: 12, to: 14 }]));
  it('finds nothing without a section sign, or in what is not text', () =>
    expect([referenceIn('paragraph 42'), referenceIn(undefined)]).toEqual([undefined, undefined]));
});
