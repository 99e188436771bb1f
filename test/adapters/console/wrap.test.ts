import { describe, expect, it } from 'vitest';
import { columns, wrap } from '../../../adapters/console/wrap.js';

describe('wrap', () => {
  it('breaks English at spaces, keeping the indent', () => {
    expect(wrap('   the member states support the fight against drugs', 24)).toEqual('   the member states\n   support the fight\n   against drugs');
  });

  it('breaks Chinese between characters, counting each as two columns', () => {
    const wrapped = wrap('成员国支持联合国在国际禁毒合作中的核心作用', 20);
    expect(
      wrapped
        .split('\n')
        .map(columns)
        .every((n) => n <= 20),
    ).toBe(true);
    expect(wrapped.replace(/\n/gu, '')).toEqual('成员国支持联合国在国际禁毒合作中的核心作用');
  });

  it('does not count or split colour codes', () => {
    const bold = '\u001b[1m禁毒\u001b[22m';
    expect(columns(bold)).toBe(4);
    expect(wrap(`${bold} and more words here`, 20)).toContain(bold);
  });

  it('leaves text alone when the width is unknown or tiny', () => {
    expect(wrap('a b c', Number.NaN)).toBe('a b c');
  });
});
