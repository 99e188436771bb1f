import { describe, expect, it } from 'vitest';
import { hasOwnLanguage, readerOf, readerOfLocale, readerOfText } from '../../../src/present/reader-language.js';

describe('the reader of a question that mixes scripts', () => {
  it.each([
    ['上合组织对AI的态度', 'zh'],
    ['SCO 对 AI 的态度', 'zh'],
    ['SCO对阿富汗问题怎么看', 'zh'],
    ['stance on 单边制裁', 'en'],
    ['What does the declaration say about 一带一路?', 'en'],
    ['Belt and Road 倡议', 'en'],
  ])('reads %s as %s', (text, reader) => {
    expect(readerOfText(text)).toBe(reader);
  });

  it('leaves a plain Chinese or English answer in its own language', () => {
    expect([readerOf({ kind: 'help', language: 'zh' }), readerOf({ kind: 'help', language: 'en' })]).toEqual(['zh', 'en']);
  });

  it('decides a mixed answer by its question', () => {
    const mixed = (query: string) =>
      readerOf({ kind: 'notCovered', query, language: 'mixed', reason: '', absent: [], missing: undefined, related: [], suggestions: [] });
    expect([mixed('SCO 对 AI 的态度'), mixed('stance on 单边制裁')]).toEqual(['zh', 'en']);
  });

  it('knows input without a language of its own', () => {
    expect(['§42', '12-14', '¶42', 'paragraph 42', '第42段'].map(hasOwnLanguage)).toEqual([false, false, false, true, true]);
  });
});

describe('the reader of a locale', () => {
  it('reads Chinese for the Chinese locales and English for any other', () =>
    expect(['zh-CN', 'zh-TW', 'en-US', 'en-GB', 'ja', 'ru'].map(readerOfLocale)).toEqual(['zh', 'zh', 'en', 'en', 'en', 'en']));
});
