import { describe, expect, it } from 'vitest';
import { parseEnglishOrdinal } from '../../../src/query/english-ordinals.js';

describe('parseEnglishOrdinal', () => {
  it.each([
    ['first', 1],
    ['twelfth', 12],
    ['twentieth', 20],
    ['twenty-first', 21],
    ['forty second', 42],
    ['ninety-ninth', 99],
    ['one hundredth', 100],
    ['one hundred and fifth', 105],
    ['one hundred twentieth', 120],
    ['hundredth', 100],
    ['a hundred and fifth', 105],
    ['3rd', 3],
    ['42nd', 42],
  ])('reads %s as %i', (text, n) => {
    expect(parseEnglishOrdinal(text)).toBe(n);
  });

  it.each(['twenty', 'firsts', 'twenty-twentieth', 'first-twenty', 'one hundred', 'a first', 'opening', 'best', 'twenty-tenth'])(
    'reads %s as no ordinal',
    (text) => {
      expect(parseEnglishOrdinal(text)).toBeUndefined();
    },
  );
});
