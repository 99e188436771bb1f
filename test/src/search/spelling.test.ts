import { describe, expect, it } from 'vitest';
import { editDistance, respelled } from '../../../src/search/spelling.js';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours as one edit each', () => {
    expect(editDistance('protectionsim', 'protectionism', 2)).toBe(1);
    expect(editDistance('cooperaton', 'cooperation', 2)).toBe(1);
    expect(editDistance('terorrism', 'terrorism', 2)).toBe(1);
    expect(editDistance('terrism', 'terrorism', 2)).toBe(2);
    expect(editDistance('energy', 'energy', 2)).toBe(0);
  });

  it('stops above the bound', () => {
    expect(editDistance('blockchain', 'cooperation', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 1)).toBe(2);
  });
});

describe('respelled', () => {
  const words = ['protectionism', 'cooperation', 'terrorism', 'nation', 'station'];

  it('gives the one rendering word a long enough slip stands for', () => {
    expect(respelled('protectionsim', words)).toBe('protectionism');
    expect(respelled('cooperaton', words)).toBe('cooperation');
  });

  it('gives nothing for a short word, a far word, or a slip as close to two words', () => {
    expect(respelled('natio', words)).toBeUndefined();
    expect(respelled('blockchain', words)).toBeUndefined();
    // As close to nation as to station, and beginning with neither's letter.
    expect(respelled('tation', words)).toBeUndefined();
  });

  it('takes of equally close words the one beginning with the same letter, and for a short word only a swap of neighbours', () => {
    const rendering = ['sanctions', 'actions', 'human', 'space', 'missile'];
    expect(respelled('sactions', rendering)).toBe('sanctions');
    expect(respelled('missle', rendering)).toBe('missile');
    expect(respelled('humna', rendering)).toBe('human');
    // One letter left out of a short word is not mended (spce could be many words).
    expect(respelled('spce', rendering)).toBeUndefined();
    // A word that differs at its first letter is another word (esports is not sports), unless its first two letters are swapped.
    expect(respelled('esports', ['sports', 'support'])).toBeUndefined();
    expect(respelled('asnctions', rendering)).toBe('sanctions');
  });
});
