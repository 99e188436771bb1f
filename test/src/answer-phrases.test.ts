import { describe, expect, it } from 'vitest';
import { phrasesNeverTogether } from '../../src/answer-phrases.js';
import type { QueryWord } from '../../src/search/query.js';

const word = (w: string, pos: string, extra: Partial<QueryWord> = {}): QueryWord => ({
  word: w,
  latin: true,
  proper: false,
  role: 'content',
  pos,
  terms: [w],
  ...extra,
});

describe('phrasesNeverTogether', () => {
  const words = [word('central', 'ADJ'), word('bank', 'NOUN'), word('digital', 'ADJ'), word('currencies', 'NOUN')];

  it('names a phrase of nouns side by side that no paragraph says all of, as the question writes it', () => {
    expect(phrasesNeverTogether('anything on Central Bank digital currencies?', words, () => false)).toEqual(['Central Bank digital currencies']);
  });

  it('names nothing when a paragraph says all its words', () => {
    expect(phrasesNeverTogether('anything on central bank digital currencies?', words, () => true)).toEqual([]);
  });

  it('does not join words a comma or another word parts', () => {
    expect(phrasesNeverTogether('central bank, digital currencies', words, () => false)).toEqual([]);
    expect(phrasesNeverTogether('central bank or digital currencies', words, () => false)).toEqual([]);
  });

  it('names no noun a word qualifies, no phrase ending otherwise, and none holding a name', () => {
    const response = [word('global', 'ADJ'), word('response', 'NOUN')];
    expect(phrasesNeverTogether('who coordinates the global response', response, () => false)).toEqual([]);
    const open = [word('development', 'NOUN'), word('year', 'NOUN'), word('open', 'ADJ')];
    expect(phrasesNeverTogether('development year open', open, () => false)).toEqual([]);
    const gaza = [word('gaza', 'PROPN', { proper: true }), word('ceasefire', 'NOUN'), word('deal', 'NOUN')];
    expect(phrasesNeverTogether('the Gaza ceasefire deal', gaza, () => false)).toEqual([]);
  });
});
