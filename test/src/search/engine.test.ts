// The search engine on a corpus of four short paragraphs, written here, in the
// manner of MiniSearch's own tests: which paragraph a question finds, what
// counts as covered, what synonyms and stop-words do. Bigrams keep the results
// independent of the jieba dictionary.

import { describe, expect, it } from 'vitest';
import type { LoadedDocument, Paragraph } from '../../../src/documents/types.js';
import { SEARCH_DEFAULTS, SearchEngine, type SearchSettings } from '../../../src/search/engine.js';
import { buildVocabulary } from '../../../src/search/query.js';

const TEXTS: [string, string][] = [
  ['成员国支持粮食安全合作。', 'Member states support cooperation on food security.'],
  ['成员国重申禁毒合作，打击毒品贩运。', 'Member states reaffirm counter-narcotics cooperation and fight drug trafficking.'],
  ['成员国欢迎举办青年论坛。', 'Member states welcome holding the youth forum.'],
  ['成员国赞赏能源合作成果。', 'Member states appreciate the results of energy cooperation.'],
];

function paragraph([text, english]: [string, string], i: number): Paragraph {
  return { number: i + 1, text, english, englishSentences: [english], topicId: undefined };
}

const document: LoadedDocument = {
  info: { id: 'tiny', title: '小宣言' },
  source: { file: 'tiny.zh.txt', sha256: '' },
  paragraphs: TEXTS.map(paragraph),
  topics: [],
};

function engine(settings: Partial<SearchSettings> = {}, synonyms = [{ terms: ['麻醉品'], means: ['禁毒'] }]): SearchEngine {
  const vocabulary = buildVocabulary({ zh: ['成员国'], en: ['member', 'states'] }, synonyms, []);
  return new SearchEngine([document], vocabulary, { ...SEARCH_DEFAULTS, analysis: 'bigram', ...settings });
}

const best = (e: SearchEngine, question: string): number | undefined => e.search(question).hits[0]?.paragraph.number;

describe('SearchEngine on a tiny corpus', () => {
  it.each([
    ['粮食安全', 1],
    ['禁毒', 2],
    ['青年论坛', 3],
    ['能源合作', 4],
  ])('finds %s in §%i first', (question, expected) => {
    expect(best(engine(), question)).toBe(expected);
  });

  it('finds an English question in the English rendering', () => {
    expect(best(engine(), 'youth forum')).toBe(3);
  });

  it('reads a paraphrase through the synonyms: 麻醉品, which the text never uses, means 禁毒', () => {
    expect(best(engine(), '麻醉品')).toBe(2);
    expect(engine({}, []).search('麻醉品').hits).toEqual([]);
  });

  it('counts a question covered only when enough of its words are found', () => {
    expect(engine().search('青年论坛').covered).toBe(true);
    expect(engine().search('比特币').covered).toBe(false);
  });

  it('drops stop-words: a question of them alone has no terms and no hits', () => {
    const result = engine().search('成员国');
    expect([result.query.terms.length, result.hits.length, result.covered]).toEqual([0, 0, false]);
  });

  it('returns at most maxHits paragraphs, best first', () => {
    const hits = engine({ maxHits: 2 }).search('合作').hits;
    expect(hits).toHaveLength(2);
    expect((hits[0]?.score ?? 0) >= (hits[1]?.score ?? 0)).toBe(true);
  });

  it('weighs a term found in every paragraph less than a term found in one', () => {
    const e = engine();
    expect(e.idf('合作')).toBeLessThan(e.idf('论坛'));
    expect(e.idf('论坛')).toBeLessThan(e.idf('不在'));
  });

  it("names the question's words a hit does not match", () => {
    const hit = engine()
      .search('青年 能源')
      .hits.find((h) => h.paragraph.number === 3);
    expect(hit?.missing).toEqual(['能源']);
  });
});

describe('a name said once and gone on about', () => {
  const texts: [string, string, string | undefined][] = [
    ['成员国对加沙局势深表担忧。', 'Member states are concerned about Gaza.', 'middle-east'],
    ['成员国强调必须实现停火。', 'Member states stress the need for a ceasefire.', 'middle-east'],
    ['成员国关注加沙人道局势。', 'Member states follow the humanitarian situation in Gaza.', 'middle-east'],
    ['成员国支持停火谈判。', 'Member states support ceasefire talks.', 'other'],
  ];
  const doc: LoadedDocument = {
    info: { id: 'gaza', title: '小宣言' },
    source: { file: 'gaza.zh.txt', sha256: '' },
    paragraphs: texts.map(([text, english, topicId], i) => ({ number: i + 1, text, english, englishSentences: [english], topicId })),
    topics: [],
  };
  const search = (share: number) =>
    new SearchEngine([doc], buildVocabulary({ zh: ['成员国'], en: [] }, [], []), { ...SEARCH_DEFAULTS, continuedNameShare: share }).search('加沙停火');

  it('counts the name for the paragraph that follows on the same topic, not for one on another', () => {
    const coverage = (share: number, n: number): number => search(share).hits.find((h) => h.paragraph.number === n)?.coverage ?? 0;
    expect(coverage(0.5, 2)).toBeGreaterThan(coverage(0, 2));
    expect(coverage(0.5, 4)).toEqual(coverage(0, 4));
  });
});
