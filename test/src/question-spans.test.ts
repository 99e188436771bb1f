import { describe, expect, it } from 'vitest';
import { spansOf } from '../../src/question-spans.js';

describe('spansOf', () => {
  it('finds a Latin word only as a whole word, in any case', () => {
    expect(spansOf('Does the main text mention AI?', ['ai'])).toEqual([{ start: 27, end: 29 }]);
    expect(spansOf('Does the main text mention it?', ['ai'])).toBeUndefined();
  });

  it('gives each word a place no longer word has taken', () => {
    // 'bank' is not the 'bank' of 'banks', and the longer word claims its place first.
    expect(spansOf('Which banks will the Development Bank lend to?', ['banks', 'bank'])).toEqual([
      { start: 6, end: 11 },
      { start: 33, end: 37 },
    ]);
    expect(spansOf('宣言提到洪灾了吗', ['洪灾', '洪'])).toBeUndefined();
  });

  it('keeps places in the question when its case or script changes length, and reads traditional characters as simplified', () => {
    expect(spansOf('İstanbul floods', ['floods'])).toEqual([{ start: 9, end: 15 }]);
    expect(spansOf('哈萨克斯坦洪災', ['洪灾'])).toEqual([{ start: 5, end: 7 }]);
  });
});
