import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { mayConvert, normalize } from '../../../src/text/normalize.js';

// normalize skips OpenCC for text holding no character that begins one of its
// entries: that must never skip a conversion OpenCC would make.
describe('normalize without OpenCC', () => {
  it('skips OpenCC only for characters it leaves as they are', () => {
    const convert = OpenCC.Converter({ from: 'tw', to: 'cn' });
    const skippedButConverted: string[] = [];
    for (let code = 0; code < 0x30000; code++) {
      if (code >= 0xd800 && code < 0xe000) continue;
      const ch = String.fromCodePoint(code);
      if (!mayConvert(ch) && convert(ch) !== ch) skippedButConverted.push(ch);
    }
    expect(skippedButConverted).toEqual([]);
  });

  it('still converts traditional text and folds width, case and spaces', () => {
    expect(normalize('恐怖主義融資')).toBe('恐怖主义融资');
    expect(normalize('ＳＣＯ 對 ＡＩ')).toBe('sco对ai');
    expect(normalize('数字经济')).toBe('数字经济');
  });
});
