import { describe, expect, it } from 'vitest';
import { parseEnglishCardinal, parseEnglishOrdinal } from '../../../src/query/english-ordinals.js';

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

describe('parseEnglishCardinal', () => {
  it.each([
    ['five', 5],
    ['twelve', 12],
    ['forty', 40],
    ['forty-two', 42],
    ['one hundred', 100],
    ['a hundred and five', 105],
    ['one hundred twenty', 120],
  ])('reads %s as %i', (text, n) => {
    expect(parseEnglishCardinal(text)).toBe(n);
  });

  it.each(['fortytwo', 'fifth', 'twelve-five', 'hundred'])('reads %s as no cardinal', (text) => {
    expect(parseEnglishCardinal(text)).toBeUndefined();
  });
});
