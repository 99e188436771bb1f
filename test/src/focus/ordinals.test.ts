import { describe, expect, it } from 'vitest';
import { namesOtherEditions, ordinalsIn } from '../../../src/focus/ordinals.js';

describe('ordinals', () => {
  it('reads the editions a text names, in Chinese numerals or digits', () => {
    expect(ordinalsIn('欢迎第四届上合组织创业论坛成果')).toEqual(['4']);
    expect(ordinalsIn('上合组织成员国元首理事会第二十四次会议')).toEqual(['24']);
    expect(ordinalsIn('the 5th SCO Startup Forum and the 21st meeting')).toEqual(['5', '21']);
    // An anniversary counts years, and 'first' orders nothing here.
    expect(ordinalsIn('the 20th anniversary, first adopted in 2001')).toEqual([]);
  });

  it('tells a clause on another edition from one on the edition asked, or on none', () => {
    expect(namesOtherEditions('第四届上合组织地方领导人论坛（鄂木斯克）', ['3'])).toBe(true);
    expect(namesOtherEditions('第四届上合组织地方领导人论坛（鄂木斯克）', ['4'])).toBe(false);
    expect(namesOtherEditions('上合组织地方领导人论坛（鄂木斯克）', ['3'])).toBe(false);
    expect(namesOtherEditions('第四届上合组织地方领导人论坛', [])).toBe(false);
  });
});
