import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../../src/documents/types.js';
import { TitleIndex } from '../../../src/focus/titles.js';

const paragraph = (number: number, text: string, english: string): Paragraph => ({ number, text, english, englishSentences: [english], topicId: undefined });

const index = new TitleIndex(
  [
    paragraph(1, '成员国支持《上海合作组织2035年前发展战略》。', 'The Member States support the SCO Development Strategy until 2035.'),
    paragraph(2, '成员国主张恪守《不扩散核武器条约》。', 'The Member States advocate compliance with the Treaty on the Non-Proliferation of Nuclear Weapons.'),
    paragraph(3, '成员国欢迎第四届创业论坛（2024年3月19日，新德里）成果。', 'The Member States welcome the 4th Startup Forum (19 March 2024, New Delhi).'),
  ],
  ['上海合作组织', '上合组织'],
);

describe('TitleIndex', () => {
  it('names a quoted title the text never names, whatever words of it the text uses', () => {
    expect(index.absent('有没有援引《维也纳外交关系公约》？')).toEqual(['维也纳外交关系公约']);
    expect(index.absent('《新削减战略武器条约》宣言有没有表态？')).toEqual(['新削减战略武器条约']);
  });

  it("takes a title written with or without the organisation's name for the text's own", () => {
    expect(index.absent('《上合组织2035年前发展战略》进展如何')).toEqual([]);
    expect(index.absent('《2035年前发展战略》')).toEqual([]);
  });

  it('reads English titles as capitalised phrases ending in a document noun', () => {
    expect(index.absent('Does it refer to the New Delhi Declaration?')).toEqual(['New Delhi Declaration']);
    expect(index.absent('Is the Minsk Agreement mentioned?')).toEqual(['Minsk Agreement']);
    expect(index.absent('When was the Nuclear Non-Proliferation Treaty signed?')).toEqual([]);
    // An event's place may be the date and place the text puts in brackets beside it.
    expect(index.absent('What happened at the New Delhi Startup Forum?')).toEqual([]);
  });

  it('reads an event name as a title: every word of it must stand in the phrase or in its brackets', () => {
    expect(index.absent('Did they welcome the Astana International Forum?')).toEqual(['Astana International Forum']);
    expect(index.absent('Is the New Delhi Investment Forum mentioned?')).toEqual(['New Delhi Investment Forum']);
    // Not a summit: the declaration's own may be called the Astana Summit without the text's words for it.
    expect(index.absent('What did the Astana Summit decide?')).toEqual([]);
  });

  it('leaves a title the gazetteer lists to the gazetteer', () => {
    expect(index.absent('《巴黎协定》', (t) => t === '巴黎协定')).toEqual([]);
  });
});
