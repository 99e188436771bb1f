import { describe, expect, it } from 'vitest';
import { englishTerm } from '../../../src/search/analyzer.js';
import type { EnglishRelated } from '../../../src/search/english-related.js';
import { prepareQuery, type Vocabulary } from '../../../src/search/query.js';

const related: EnglishRelated = {
  synonyms: { n: new Map([['progress', ['advancement']]]), v: new Map(), a: new Map(), r: new Map() },
  acronyms: new Map([['NWFZ', ['nuclear-weapon-free zone']]]),
  renderingWords: ['protectionism', 'cooperation', 'funding'],
};
let loads = 0;
const vocabulary: Vocabulary = {
  stopZh: new Set(),
  stopEn: new Set(['any', 'on', 'the', 'an', 'in', 'what', 'about']),
  frameEn: new Set(),
  frameZh: new Set(),
  expansions: [],
  expansionIndex: new Map(),
  englishRelated: () => {
    loads++;
    return related;
  },
};
const RENDERING = new Set(
  ['advancement', 'development', 'bank', 'nuclear', 'weapon', 'free', 'zone', 'central', 'asia', 'protectionism', 'funding'].map(englishTerm),
);
const known = (t: string): boolean => RENDERING.has(t);
const query = (q: string) => prepareQuery(q, vocabulary, 'jieba+bigram', known);

describe('English words related to the rendering’s', () => {
  it('reads a synonym the rendering never uses as the rendering’s word, for the word it stands for', () => {
    const q = query('Any progress on the development bank?');
    const progress = q.words.find((w) => w.word === 'progress');
    expect(progress?.related).toBe('synonym');
    expect(q.terms.find((t) => t.term === englishTerm('advancement'))?.covers).toEqual(progress?.terms);
  });

  it('reads an acronym as the phrase it abbreviates, one group the paragraph must mostly match', () => {
    const q = query('What about the NWFZ in Central Asia?');
    expect(q.words.find((w) => w.word === 'nwfz')?.related).toBe('acronym');
    expect(q.groups).toContainEqual({ terms: ['nuclear', 'weapon', 'free', 'zone'].map(englishTerm), covers: [englishTerm('nwfz')] });
  });

  it('reads a word the English model does not know as the rendering word it misspells', () => {
    const q = query('where does it slam protectionsim');
    expect(q.words.find((w) => w.word === 'protectionsim')?.related).toBe('spelling');
    expect(q.terms.map((t) => t.term)).toContain(englishTerm('protectionism'));
  });

  it('does not respell a word the English model knows, however close to a rendering word (founding, funding)', () => {
    expect(query('the founding ethos').words.find((w) => w.word === 'founding')?.related).toBeUndefined();
  });

  it('leaves alone a word the rendering uses, and a Chinese question never loads the lists', () => {
    const before = loads;
    expect(query('开发银行').words.some((w) => w.related !== undefined)).toBe(false);
    expect(loads).toBe(before);
    expect(query('the development bank').words.some((w) => w.related !== undefined)).toBe(false);
  });
});
