import { describe, expect, it } from 'vitest';
import { editionsAsked, namesEditions, namesOtherEditions, ordinalsIn, previousAsked } from '../../../src/focus/ordinals.js';

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

  it('reads 首届 as the first edition', () => {
    expect(ordinalsIn('首届上合组织国际医学论坛')).toEqual(['1']);
  });

  it('reads the edition a question asks about only before a meeting, forum or the like, in words or digits', () => {
    expect(editionsAsked('第18届上合论坛在哪')).toEqual([{ number: '18', kind: 'meeting', phrase: '第18届上合论坛' }]);
    expect(editionsAsked('when is the second SCO medical forum')).toEqual([{ number: '2', kind: 'meeting', phrase: 'second SCO medical forum' }]);
    expect(editionsAsked('5th regional leaders forum - when?')).toEqual([{ number: '5', kind: 'meeting', phrase: '5th regional leaders forum' }]);
    expect(editionsAsked('第二次联合反恐演习')).toEqual([{ number: '2', kind: 'drill', phrase: '第二次联合反恐演习' }]);
    // An ordinal that orders no event: the first time, a century, a paragraph.
    expect(editionsAsked('上合第一次提到人工智能是哪段')).toEqual([]);
    expect(editionsAsked('the 21st century and the first time it met')).toEqual([]);
  });

  it('counts a paragraph as naming an edition only of the same kind of event, within one clause', () => {
    const forum = editionsAsked('第三届上合医学论坛');
    expect(namesEditions('欢迎第三届上合组织国际医学论坛成果', forum)).toBe(true);
    // A forum is a conference to those who ask; a drill is not.
    expect(namesEditions('欢迎第三届“水促进可持续发展”国际行动十年（2018—2028）高级别会议成果', forum)).toBe(true);
    expect(namesEditions('第三届联合演习', forum)).toBe(false);
    expect(namesEditions('第三届，以及论坛', forum)).toBe(false);
    expect(namesEditions('欢迎第四届上合组织创业论坛成果', forum)).toBe(false);
    expect(namesEditions('数字论坛首次会议（2024 年 2 月）', editionsAsked('the first meeting of the digital forum'))).toBe(true);
  });

  it('reads the previous edition of a meeting or forum a question asks about, not the previous paragraph', () => {
    expect(previousAsked('where was the previous SCO summit')).toBe('previous SCO summit');
    expect(previousAsked('上一届峰会在哪开的')).toBe('上一届峰会');
    expect(previousAsked('上合能源论坛上届在哪')).toBe('上合能源论坛上届');
    expect(previousAsked('上合能源论坛下一届在哪')).toBeUndefined();
    expect(previousAsked('what does the previous paragraph say')).toBeUndefined();
  });
});
