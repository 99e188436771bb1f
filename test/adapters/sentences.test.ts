import { describe, expect, it } from 'vitest';
import { pack, renderedChunks, sentences } from '../../adapters/sentences.js';
import type { Segment } from '../../src/model.js';

/** A rendering with two-character emphasis markers, as simple as can be checked by eye. */
const render = (segments: readonly Segment[]): string => segments.map((s) => (s.emphasis ? `[${s.text}]` : s.text)).join('');

describe('sentences', () => {
  it('ends a sentence at Chinese and Latin stops, keeping closing quotes and spaces with it', () =>
    expect(sentences('他说：“好。”然后走了！Yes. No?\n\nEnd')).toEqual(['他说：“好。”', '然后走了！', 'Yes. ', 'No?\n\n', 'End']));
  it('cuts a sentence longer than the piece limit, by characters', () => expect(sentences('一二三四五六七。', 3)).toEqual(['一二三', '四五六', '七。']));
  it('gives nothing for empty text', () => expect(sentences('')).toEqual([]));
  it('keeps every character', () => {
    const text = '第一句。Second one! 第三句；fourth\nfifth';
    expect(sentences(text).join('')).toBe(text);
  });
});

describe('packing pieces', () => {
  it('joins pieces greedily up to the limit', () => expect(pack(['ab', 'cd', 'ef', 'g'], 4)).toEqual(['abcd', 'efg']));
  it('gives a piece longer than the limit a chunk of its own', () => expect(pack(['a', 'bcdef', 'g'], 3)).toEqual(['a', 'bcdef', 'g']));
  it('gives nothing for no pieces', () => expect(pack([], 10)).toEqual([]));
  it('counts the separator between pieces, and an empty piece as a blank line', () =>
    expect(pack(['ab', '', 'cd', 'ef'], 6, '\n')).toEqual(['ab\n\ncd', 'ef']));
  it('adds no separator at the start of a chunk', () => expect(pack(['', 'ab'], 6, '\n')).toEqual(['ab']));
});

describe('rendered chunks', () => {
  it('splits between sentences within the limit', () =>
    expect(renderedChunks([{ text: '一二三。四五六。七八九。', emphasis: false }], 8, render)).toEqual(['一二三。四五六。', '七八九。']));
  it('splits a sentence too long alone by characters, each chunk with its own markers', () =>
    expect(renderedChunks([{ text: 'abcdefgh', emphasis: true }], 5, render)).toEqual(['[abc]', '[def]', '[gh]']));
  it('counts the markers of an emphasised run once when it continues', () =>
    expect(renderedChunks([{ text: 'ab. cd.', emphasis: true }], 9, render)).toEqual(['[ab. cd.]']));
  it('keeps all the text', () => {
    const segments: Segment[] = [
      { text: 'Plain start. ', emphasis: false },
      { text: '强调的句子。', emphasis: true },
      { text: ' and the end.', emphasis: false },
    ];
    expect(renderedChunks(segments, 12, render).join('').replace(/[[\]]/g, '')).toBe(segments.map((s) => s.text).join(''));
  });
});
