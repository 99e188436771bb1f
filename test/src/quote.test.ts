import { describe, expect, it } from 'vitest';
import { ELLIPSIS, plain, type Segment } from '../../src/model.js';
import { emphasize, quotedSentences, selectEnglish, selectQuote, type Emphasis, type QuoteOptions } from '../../src/quote.js';
import { analyze } from '../../src/search/analyzer.js';
import { normalize } from '../../src/text/normalize.js';

// Bigrams keep the fixture independent of the jieba dictionary; every matched term weighs the same.
const options: QuoteOptions = { analysis: 'bigram', weight: () => 1 };

/** What the search would hand the quote for a question: its Chinese phrases and all its terms. */
function emphasis(question: string): Emphasis {
  const norm = normalize(question);
  return { phrases: norm.match(/\p{Script=Han}+/gu) ?? [], terms: new Set(analyze(norm, options.analysis).map((t) => t.term)) };
}

const three = {
  text: '甲方支持粮食安全合作。乙方欢迎青年论坛。丙方重申禁毒合作。',
  englishSentences: ['Party A supports food security cooperation.', 'Party B welcomes the youth forum.', 'Party C reaffirms counter-drug cooperation.'],
};
const two = { text: '甲方支持粮食安全。乙方欢迎青年论坛。', englishSentences: ['Party A supports food security.', 'Party B welcomes the youth forum.'] };

/** A quote's shape: 'q' for a run of quoted text, '…' for an ellipsis (English gaps between them are not shape). */
function shape(segments: readonly Segment[]): string {
  return segments
    .filter((s) => s.text.trim() !== '')
    .map((s) => (s.text === ELLIPSIS ? '…' : 'q'))
    .join('')
    .replace(/q+/gu, 'q');
}

describe('quotedSentences', () => {
  it.each([
    ['青年论坛', [1]],
    ['粮食安全', [0]],
    ['禁毒', [2]],
    ['粮食 禁毒', [0, 2]],
    ['核能', [0, 1, 2]],
  ])('keeps for %j the sentences %j', (question, kept) => {
    expect(quotedSentences(three.text, emphasis(question), options)).toEqual(kept);
  });
});

describe('emphasize', () => {
  it("bolds the question's phrase where it stands, and nothing else", () => {
    const segments = emphasize('乙方欢迎青年论坛。', emphasis('青年论坛'), options.analysis);
    expect([plain(segments), segments.filter((s) => s.emphasis).map((s) => s.text)]).toEqual(['乙方欢迎青年论坛。', ['青年论坛']]);
  });

  it('bolds nothing when the question matches nothing', () => {
    expect(emphasize('乙方欢迎青年论坛。', emphasis('核能'), options.analysis).some((s) => s.emphasis)).toBe(false);
  });
});

describe('selectQuote', () => {
  it('quotes the matching sentence verbatim with ellipses for what it leaves out', () => {
    expect(plain(selectQuote(three.text, emphasis('禁毒'), options))).toBe(`${ELLIPSIS}丙方重申禁毒合作。`);
  });

  it('keeps at most maxSentences sentences', () => {
    const one = selectQuote(three.text, emphasis('粮食 禁毒'), { ...options, maxSentences: 1 });
    expect(shape(one).replace(/…/gu, '')).toBe('q');
  });

  it('quotes the whole paragraph, without ellipses, when nothing matches', () => {
    expect(plain(selectQuote(three.text, emphasis('核能'), options))).toBe(three.text);
  });
});

describe('selectEnglish under an elided quote', () => {
  it('renders only the quoted sentence, with the ellipses of the Chinese quote', () => {
    const e = emphasis('青年论坛 youth forum');
    expect(plain(selectQuote(three.text, e, options))).toBe(`${ELLIPSIS}乙方欢迎青年论坛。${ELLIPSIS}`);
    expect(plain(selectEnglish(three, e, options) ?? [])).toBe(`${ELLIPSIS} Party B welcomes the youth forum. ${ELLIPSIS}`);
  });

  it('puts the ellipses where the Chinese quote has them', () => {
    for (const question of ['青年论坛', '粮食安全', '禁毒', '粮食 禁毒', '青年 禁毒', '核能']) {
      const e = emphasis(question);
      expect([question, shape(selectEnglish(three, e, options) ?? [])]).toEqual([question, shape(selectQuote(three.text, e, options))]);
    }
  });

  it('leaves out the middle sentence between two quoted ones', () => {
    expect(plain(selectEnglish(three, emphasis('粮食 禁毒'), options) ?? [])).toBe(
      `Party A supports food security cooperation. ${ELLIPSIS} Party C reaffirms counter-drug cooperation.`,
    );
  });

  it("emphasises the question's English words in the quoted sentence", () => {
    const english = selectEnglish(three, emphasis('青年论坛 youth forum'), options) ?? [];
    expect(english.filter((s) => s.emphasis).map((s) => s.text)).toEqual(['youth forum']);
  });

  it('renders the whole paragraph when the quote keeps every sentence', () => {
    expect(plain(selectEnglish(two, emphasis('粮食 青年'), options) ?? [])).toBe('Party A supports food security. Party B welcomes the youth forum.');
    expect(plain(selectEnglish(three, emphasis('核能'), options) ?? [])).toBe(three.englishSentences.join(' '));
  });

  it('renders the whole rendering rather than a wrong sentence when the English is not aligned', () => {
    const misaligned = { text: three.text, englishSentences: ['All three sentences in one.'] };
    expect(plain(selectEnglish(misaligned, emphasis('青年论坛'), options) ?? [])).toBe('All three sentences in one.');
  });

  it('has no English for a paragraph without a rendering', () => {
    expect(selectEnglish({ text: three.text, englishSentences: undefined }, emphasis('青年论坛'), options)).toBeUndefined();
  });
});
