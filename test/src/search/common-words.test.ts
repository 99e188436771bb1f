// What the question focus asks of the engine over the declaration: which words are common, and
// which specific nouns the documents never use.
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src/create-core.js';
import type { QueryWord } from '../../../src/search/query.js';

describe('common words', () => {
  const engine = createCore().engine;
  const word = (text: string): QueryWord => {
    const found = engine.search(text).query.words[0];
    if (found === undefined) throw new Error(`no word in ${text}`);
    return found;
  };

  it('tells common words from specific ones, in general Chinese and in the paragraphs’ English', () => {
    expect(engine.isGeneric(word('产业'))).toBe(true);
    expect(engine.isGeneric(word('禁毒'))).toBe(false);
    expect(engine.isGeneric(word('cooperation development'))).toBe(true);
    expect(engine.isGeneric(word('narcotics'))).toBe(false);
  });

  it('names a specific noun the documents never use, not one they use in part', () => {
    expect(engine.search('芯片合作').unknownTerms).toEqual(['芯片']);
    expect(engine.search('恐怖组织谋私利').unknownTerms).toEqual([]);
  });

  it('names an everyday noun the documents never use (棉花, 总统), not one that frames the question (态度, 原文, 接下来)', () => {
    expect(engine.search('乌兹别克斯坦棉花').unknownTerms).toEqual(['棉花']);
    expect(engine.search('总统合作').unknownTerms).toEqual(['总统']);
    for (const frame of ['态度', '原文', '接下来', '定位']) expect(engine.search(`阿富汗${frame}`).unknownTerms).toEqual([]);
  });
});
