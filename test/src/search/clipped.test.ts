import { describe, expect, it } from 'vitest';
import { unclipped, unclippedPhrase } from '../../../src/search/clipped.js';

// A tiny rendering's words, as english-related.ts lists them (six letters or more, lower case).
const words = ['biological', 'terrorism', 'narcotic', 'narcotics', 'trafficking', 'information', 'informatization', 'economic', 'ecological', 'agriculture'];
const known = (w: string): boolean => words.includes(w);

describe('unclipped', () => {
  it.each([
    ['narco', 'narcotic'],
    ['info', 'information'],
    ['agri', 'agriculture'],
    ['bio', 'biological'],
  ])('reads %s as %s', (clipping, word) => {
    expect(unclipped(clipping, words)).toBe(word);
  });

  it.each(['eco', 'zz', 'ab', 'terrorisms'])('reads %s as no one word', (clipping) => {
    expect(unclipped(clipping, words)).toBeUndefined();
  });
});

describe('unclippedPhrase', () => {
  it('reads a clipping joined to a word as both', () => {
    expect(unclippedPhrase('bioterrorism', words, { known, wholeMayBeClipped: true })).toBe('biological terrorism');
    expect(unclippedPhrase('narcotrafficking', words, { known, wholeMayBeClipped: false })).toBe('narcotic trafficking');
  });

  it('reads a word of its own as no clipping', () => {
    expect(unclippedPhrase('info', words, { known, wholeMayBeClipped: false })).toBeUndefined();
    expect(unclippedPhrase('ecoterrorism', words, { known, wholeMayBeClipped: true })).toBeUndefined();
  });
});
