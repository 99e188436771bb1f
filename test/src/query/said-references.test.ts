import { describe, expect, it } from 'vitest';
import { namedInQuestion, parseReferences } from '../../../src/query/references.js';

const one = (n: number) => ({ kind: 'references', request: { ranges: [{ from: n, to: n }] } });

describe('paragraph requests said in words', () => {
  it.each([
    ['next paragraph after 12', 13],
    ['the paragraph before 100', 99],
    ["what's the paragraph right after 48", 49],
    ['paragraph after §48', 49],
    ['the para following 7', 8],
    ['第48段的下一段', 49],
    ['第四十八段的上一段', 47],
    ['第48段后面那段', 49],
    ['paragraph no. 48', 48],
    ['No. 48', 48],
    ['paragraph #48', 48],
    ['段落88', 88],
    ['paragraph forty-two', 42],
    ['para twelve', 12],
    ['quote §66 in full', 66],
    ['第48段 in English', 48],
    ['translate paragraph 5 into English', 5],
  ])('reads %s as §%i', (text, n) => {
    expect(parseReferences(text)).toEqual(one(n));
  });

  it('reads the paragraph before the first and after a number as numbers, for the caller to call out of range', () => {
    expect(parseReferences('the paragraph before 1')).toEqual(one(0));
    expect(parseReferences('the paragraph after 120')).toEqual(one(121));
  });

  it.each([
    ['the paragraphs on either side of 50', [49, 51]],
    ['show me the first five paragraphs', [1, 5]],
    ['前五段', [1, 5]],
  ])('reads %s as its paragraphs', (text, [a, b]) => {
    const parsed = parseReferences(text);
    expect(parsed.kind).toBe('references');
    const ranges = parsed.kind === 'references' ? parsed.request.ranges : [];
    expect(ranges[0]?.from).toBe(a);
    expect(ranges.at(-1)?.to).toBe(b);
  });

  it.each([
    ['third paragraph from the end', 3],
    ['the fifth-from-last paragraph', 5],
    ['the third from last paragraph', 3],
  ])('reads %s as the paragraph %i from the end', (text, n) => {
    expect(parseReferences(text)).toEqual({ kind: 'references', request: { ranges: [], fromEnd: n } });
  });

  it.each([
    ['the last three paragraphs', 3],
    ['last 3 paras', 3],
    ['最后三段', 3],
  ])('reads %s as the last %i paragraphs', (text, n) => {
    expect(parseReferences(text)).toEqual({ kind: 'references', request: { ranges: [], lastCount: n } });
  });

  it('reads what comes after a paragraph as the next one', () => {
    expect(parseReferences('what comes after §119')).toEqual(one(120));
    expect(parseReferences('after 48')).toEqual(one(49));
  });

  it.each(['the paragraph after the summit', 'paragraph fortytwo', 'first few paragraphs on drugs', 'No 48 is a number'])('leaves %s a question', (text) => {
    expect(parseReferences(text).kind).not.toBe('references');
  });
});

describe('namedInQuestion', () => {
  it.each([
    ['what does §48 say about Iran', [48]],
    ['is paragraph 48 about Iran?', [48]],
    ['宣言第二段对国际形势怎么判断', [2]],
    ['compare §48 and §49', [48, 49]],
    ['§29-31 about Hamas', [29]],
    ['29段 乌克兰', [29]],
    ['section 29 re Ukraine', [29]],
  ])('finds in %s the paragraphs %j', (text, numbers) => {
    expect(namedInQuestion(text)?.ranges.map((r) => r.from)).toEqual(numbers);
  });

  it.each([
    ['Article 59', [59]],
    ['section 59', [59]],
    ['point 59', [59]],
    ['clause 59', [59]],
    ['item 59', [59]],
    ['Art. 12', [12]],
    ['第59点', [59]],
    ['第五十九项', [59]],
    ['point 12 of the declaration', [12]],
    ['section 2-4', [2, 3, 4]],
  ])('reads %s, as other documents number their paragraphs, as a paragraph request', (text, numbers) => {
    const parsed = parseReferences(text);
    const ranges = parsed.kind === 'references' ? parsed.request.ranges : [];
    expect(ranges.flatMap((r) => Array.from({ length: r.to - r.from + 1 }, (_, i) => r.from + i))).toEqual(numbers);
  });

  it.each(['the energy section', 'point of view', 'items on the agenda'])('leaves %s a question', (text) => {
    expect(parseReferences(text).kind).toBe('none');
  });

  it.each(['§29 about Ukraine', '§29 ukraine?', 'para 29 on Gaza'])('reads %s as a question naming a paragraph, not a malformed number', (text) => {
    expect(parseReferences(text).kind).toBe('none');
    expect(namedInQuestion(text)?.ranges).toEqual([{ from: 29, to: 29 }]);
  });

  it('reads a range a question names whole', () => {
    expect(namedInQuestion('§29-31 about Hamas')?.ranges).toEqual([{ from: 29, to: 31 }]);
  });

  it.each([
    'what does resolution 2231 say',
    'the 2030 strategy',
    'What does the last paragraph say about the next summit?',
    // Another document's articles and paragraphs, and a stretch of time.
    'Article 51 of the UN Charter',
    'NATO Article 5',
    'Resolution 2231 para 10',
    '这一段时间上合做了什么',
  ])('finds none in %s', (text) => {
    expect(namedInQuestion(text)).toBeUndefined();
  });
});
