import { describe, expect, it } from 'vitest';
import { parseReferences } from '../../../src/query/references.js';
import { parseChineseNumeral } from '../../../src/query/chinese-numerals.js';

const one = (n: number) => ({ kind: 'references', request: { ranges: [{ from: n, to: n }] } });
const range = (from: number, to: number) => ({ kind: 'references', request: { ranges: [{ from, to }] } });

describe('parseReferences', () => {
  it.each(['§42', '42', '第42段', '第四十二段', 'paragraph 42', 'para 42', 'p42', '¶42', 'Para. 42'.replace('.', ''), '４２'.normalize('NFKC')])(
    'reads %s as §42',
    (text) => {
      expect(parseReferences(text)).toEqual(one(42));
    },
  );

  it.each([
    ['§12-14', 12, 14],
    ['第12至14段', 12, 14],
    ['§12–§14', 12, 14],
    ['paragraphs 12 to 14', 12, 14],
    ['§14-12', 12, 14],
  ])('reads %s as a range', (text, from, to) => {
    expect(parseReferences(text)).toEqual(range(from, to));
  });

  it.each([
    ['宣言最后一段讲的啥', 1],
    ['宣言倒数第二段说的啥', 2],
    ['倒数第三段', 3],
    ['the last paragraph', 1],
    ["what's in the second-to-last paragraph?", 2],
    ['show me the penultimate paragraph', 2],
  ])('reads %s as the paragraph %i from the end', (text, n) => {
    expect(parseReferences(text)).toEqual({ kind: 'references', request: { ranges: [], fromEnd: n } });
  });

  it.each([
    ['What does the very first paragraph of the declaration say?', 1],
    ['show me the second paragraph', 2],
    ['the opening paragraph', 1],
    ['宣言首段说了啥', 1],
    ['开头那段讲的什么', 1],
    ["what's in the twenty-first paragraph?", 21],
    ['the 42nd para', 42],
    ['the one hundred and twentieth paragraph', 120],
    ['the one hundred and twenty-first paragraph', 121],
  ])('reads %s as the paragraph at %i from the start', (text, n) => {
    expect(parseReferences(text)).toEqual(one(n));
  });

  it.each(['the firsts paragraph', 'the twenty-twentieth paragraph', 'the best paragraph', 'the one hundred paragraph'])(
    'leaves %s, which counts nothing, alone',
    (text) => {
      expect(parseReferences(text).kind).toBe('none');
    },
  );

  it('leaves a question about the first paragraph a question', () => {
    expect(parseReferences('What does the first paragraph say about the summit?').kind).toBe('none');
  });

  it('leaves a question about the last paragraph a question', () => {
    expect(parseReferences('What does the last paragraph say about the next summit?').kind).toBe('none');
  });

  it('reads several references at once', () => {
    expect(parseReferences('§3, §7')).toEqual({
      kind: 'references',
      request: {
        ranges: [
          { from: 3, to: 3 },
          { from: 7, to: 7 },
        ],
      },
    });
  });

  it('reads out-of-range numbers as numbers, for the caller to refuse', () => {
    expect(parseReferences('§121')).toEqual(one(121));
  });

  it.each([
    ['第一千零一段', 1001],
    ['§1000000', 1_000_000],
    ['第一万段', 10_000],
  ])('reads %s as a number, for the caller to call out of range', (text, n) => {
    expect(parseReferences(text)).toEqual(one(n));
  });

  it.each(['§abc', '第X段', 'para -3', '第十十段', '第一百零零段', '第四二段', '第十两段'])('calls %s malformed', (text) => {
    expect(parseReferences(text).kind).toBe('malformed');
  });

  it.each(['禁毒', '2035年发展战略', 'What does paragraph 42 say about drugs?'])('leaves the question %s alone', (text) => {
    expect(parseReferences(text).kind).toBe('none');
  });
});

describe('parseChineseNumeral', () => {
  it.each([
    ['十', 10],
    ['十二', 12],
    ['四十二', 42],
    ['一百二十', 120],
    ['一百零五', 105],
  ])('reads %s as %i', (text, n) => {
    expect(parseChineseNumeral(text)).toBe(n);
  });

  it.each([
    ['一百零一', 101],
    ['一百一十', 110],
    ['一百五', 150],
    ['两百', 200],
    ['一千零一', 1001],
    ['一千零五十', 1050],
    ['一万零五', 10_005],
    ['十万', 100_000],
  ])('reads %s as %i', (text, n) => {
    expect(parseChineseNumeral(text)).toBe(n);
  });

  it.each(['四二', '十十', '一百零零', '一百零', '一百零十', '十一十', '百', '两', '十两', '两十', '零五', '一万万', '万'])(
    'rejects the malformed %s',
    (text) => {
      expect(parseChineseNumeral(text)).toBeUndefined();
    },
  );
});
