import { describe, expect, it } from 'vitest';
import { hasWords, isUnsupportedLanguage, sanitize } from '../../../src/text/sanitize.js';

describe('sanitize', () => {
  it('drops mentions, invisible characters and links, keeping the words', () => {
    expect(sanitize('<@U123> 恐怖主义')).toBe('恐怖主义');
    expect(sanitize('abc\u200bdef')).toBe('abc def');
    expect(sanitize('https://example.com/sco?x=1 what about climate')).toBe('what about climate');
    expect(sanitize('see www.sco.int re AI')).toBe('see re AI');
  });

  it('leaves nothing of a link alone, so it is told to ask a question', () => {
    expect(hasWords(sanitize('https://example.com'))).toBe(false);
  });
});

describe('isUnsupportedLanguage', () => {
  it('tells kana, Cyrillic and Hangul from Chinese and English', () => {
    expect(['это что', 'これは何', '이것은'].map(isUnsupportedLanguage)).toEqual([true, true, true]);
    expect(['恐怖主义', 'terrorism', 'AI和气候'].map(isUnsupportedLanguage)).toEqual([false, false, false]);
  });
});
