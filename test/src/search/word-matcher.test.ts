import { describe, expect, it } from 'vitest';
import type { PreparedQuery, QueryWord } from '../../../src/search/query.js';
import { WordMatcher } from '../../../src/search/word-matcher.js';

const word = (w: string, terms: string[], extra: Partial<QueryWord> = {}): QueryWord => ({
  word: w,
  latin: true,
  proper: false,
  role: 'content',
  terms,
  ...extra,
});

const query: PreparedQuery = {
  normalized: 'development bank counterterrorism',
  language: 'en',
  words: [word('development', ['develop']), word('bank', ['bank']), word('counterterrorism', ['counter', 'terror'], { compound: true })],
  terms: [],
  // 'SCO Development Bank' expanded to the text's 上合组织开发银行, as bigrams and the word.
  groups: [{ terms: ['上合', '合组', '组织', '织开', '开发', '发银', '银行', '上合组织开发银行'], covers: ['develop', 'bank'] }],
  phrases: [],
  fragments: [],
};
const matcher = new WordMatcher(query);
const found = (terms: string[]): boolean[] => [...matcher.match(terms)];

describe('WordMatcher', () => {
  it('finds a word through its own term', () => {
    expect(found(['develop'])).toEqual([true, false, false]);
  });

  it('finds the words an expansion stands for where most of its phrase matches', () => {
    expect(found(['上合', '合组', '组织', '织开', '开发', '发银', '银行'])).toEqual([true, true, false]);
  });

  it('does not find them through a few common pieces of the phrase (上合组织 alone is not the bank)', () => {
    expect(found(['上合', '合组', '组织', '银行'])).toEqual([false, false, false]);
  });

  it('finds a split compound where its head, the last part, is: counter alone is not counterterrorism', () => {
    expect(found(['counter'])).toEqual([false, false, false]);
    expect(found(['terror'])).toEqual([false, false, true]);
    expect(found(['counter', 'terror'])).toEqual([false, false, true]);
  });
});
