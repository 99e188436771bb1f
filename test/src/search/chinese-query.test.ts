import { describe, expect, it } from 'vitest';
import { prepareQuery } from '../../../src/search/query.js';

const vocabulary = {
  stopZh: new Set(['被', '的', '什么', '上合']),
  stopEn: new Set<string>(),
  frameEn: new Set<string>(),
  frameZh: new Set<string>(),
  expansions: [],
  expansionIndex: new Map<string, number[]>(),
};

const words = (q: string): string[] => prepareQuery(q, vocabulary, 'jieba+bigram').words.map((w) => w.word);

describe('Chinese question words', () => {
  it('takes the 年 of a year and of 什么年 as their units, not as words of the subject', () => {
    expect(words('2025年被定为什么年')).not.toContain('年');
    expect(words('2025年被定为什么年')).toContain('2025');
    expect(words('2025 年宣布')).toEqual(['2025', '宣布']);
  });

  it('keeps a unit that follows no number', () => {
    expect(words('年轻人就业')).toContain('年轻人');
  });

  it('keeps a compound jieba cuts into single characters as one fragment, not a list of nouns', () => {
    const fragments = (q: string): string[] => prepareQuery(q, vocabulary, 'jieba+bigram').fragments.map((f) => f.text);
    expect(fragments('宣言里有讲碳中和目标吗')).toEqual(['碳中和']);
    // Nouns side by side that nothing joins: one word jieba lacks.
    expect(fragments('锂矿开发有合作吗')).toEqual(['锂矿']);
    expect(fragments('书和画')).toEqual([]);
    // The particles closing a sentence are no part of a compound: 词来着 is 词 and 来着.
    expect(fragments('上海精神具体是哪几个词来着')).toEqual([]);
  });
});
