import { describe, expect, it } from 'vitest';
import { isFields, userText } from '../../adapters/untrusted.js';

describe('guards for untrusted input', () => {
  it('takes only plain objects as fields', () => expect([{}, { a: 1 }, [], null, 'x', 3].map(isFields)).toEqual([true, true, false, false, false, false]));
  it('reads text with control characters removed and trimmed', () => expect(userText('  禁毒\u0000\u0007 合作\u007f \n', 'question')).toBe('禁毒 合作'));
  it('keeps tabs and line breaks inside the text', () => expect(userText('a\tb\nc', 'question')).toBe('a\tb\nc'));
  it('refuses what is not text, naming it', () => expect(() => userText(42, 'question option')).toThrow(/question option is not text/u));
});
