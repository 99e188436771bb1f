import { readFileSync } from 'node:fs';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src/create-core.js';
import { SEARCH_DEFAULTS } from '../../../src/search/engine.js';
import { Postings, type MiniSearchJson } from '../../../src/search/postings.js';

// The engine adds up BM25 scores from MiniSearch's serialised index itself: the scores,
// the matched terms and the order of equal scores must be MiniSearch's own.

const core = createCore();
const index = JSON.parse(readFileSync(new URL('../../../index/search-index.json', import.meta.url), 'utf8')) as { mini: MiniSearchJson };
const mini = MiniSearch.loadJS(index.mini, { fields: ['zh', 'en'], tokenize: (s: string) => s.split(' '), processTerm: (t: string) => t });
const postings = new Postings(index.mini, ['zh', 'en'], SEARCH_DEFAULTS.bm25);

function questions(file: string): string[] {
  return readFileSync(new URL(`../../../eval/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .flatMap((line) => (line.trim() === '' ? [] : [String((JSON.parse(line) as { question: unknown }).question)]));
}

describe('Postings', () => {
  it('scores every evaluation question as MiniSearch does', () => {
    let compared = 0;
    for (const question of [...questions('questions.jsonl'), ...questions('dev.jsonl')]) {
      const terms = core.engine.search(question).query.terms;
      const prefix = (term: string): boolean => /^[a-z]{6,}$/u.test(term);
      const expected = mini.search(terms.map((t) => t.term).join(' '), {
        boostTerm: (term) => terms.find((t) => t.term === term)?.weight ?? 1,
        prefix,
        bm25: SEARCH_DEFAULTS.bm25,
      });
      const got = postings.search(terms.map((t) => ({ term: t.term, boost: t.weight, prefix: prefix(t.term) })));
      expect(got.map((h) => h.id)).toEqual(expected.map((h) => h.id));
      got.forEach((h, i) => {
        expect(h.score).toBeCloseTo(expected[i]?.score ?? Number.NaN, 9);
        expect(h.queryTerms).toEqual(expected[i]?.queryTerms);
      });
      compared += got.length;
    }
    expect(compared).toBeGreaterThan(10000);
  });

  it('finds longer terms by a prefix, weighed down by their extra length', () => {
    const [term] = index.mini.index.map(([t]) => t).filter((t) => /^[a-z]{8,}$/u.test(t));
    const prefix = (term ?? '').slice(0, 6);
    const withPrefix = postings.search([{ term: prefix, boost: 1, prefix: true }]);
    const expected = mini.search(prefix, { prefix: true, bm25: SEARCH_DEFAULTS.bm25 });
    expect(withPrefix.length).toBeGreaterThan(0);
    expect(withPrefix.map((h) => h.id)).toEqual(expected.map((h) => h.id));
  });
});
