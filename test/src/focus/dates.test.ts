import { describe, expect, it } from 'vitest';
import { datesNamed, datesWritten, sameDate, unwrittenDates } from '../../../src/focus/dates.js';

describe('the days the text names', () => {
  it('reads a day, a span of days with the year of its first, and a month alone', () => {
    expect(datesWritten('2024年7月4日在阿斯塔纳市举行')).toEqual([{ year: 2024, month: 7, day: 4 }]);
    expect(datesWritten('2023年10月3日至4日')).toEqual([
      { year: 2023, month: 10, day: 3 },
      { year: 2023, month: 10, day: 4 },
    ]);
    expect(datesWritten('于 2024 年 11 月在科威特城举行')).toEqual([{ year: 2024, month: 11 }]);
  });

  it('gives a span across months its first and last days, and a date without a year the year before it', () => {
    expect(datesWritten('2024年8月30日至9月1日')).toEqual([
      { year: 2024, month: 8, day: 30 },
      { year: 2024, month: 9, day: 1 },
    ]);
    expect(datesWritten('2023年1月5日和3月8日')).toEqual([
      { year: 2023, month: 1, day: 5 },
      { year: 2023, month: 3, day: 8 },
    ]);
  });
});

describe('the dates a question names', () => {
  it.each([
    ['What was adopted in Astana on 29 May 2023?', { year: 2023, month: 5, day: 29, surface: '29 May 2023' }],
    ['What happened on July 4th, 2024?', { year: 2024, month: 7, day: 4, surface: 'July 4th, 2024' }],
    ['2023年7月4日的峰会说了什么', { year: 2023, month: 7, day: 4, surface: '2023年7月4日' }],
    ['6月5号开了什么会', { month: 6, day: 5, surface: '6月5号' }],
    ['What took place in Vienna in March 2023?', { year: 2023, month: 3, surface: 'March 2023' }],
    ['2023年6月有什么活动', { year: 2023, month: 6, surface: '2023年6月' }],
  ])('%s', (question, date) => {
    expect(datesNamed(question)).toEqual([date]);
  });

  it('reads no date in a number that is not one, nor in the verb may', () => {
    expect(datesNamed('6月的会议在哪开')).toEqual([]);
    expect(datesNamed('Countries may 5 times object')).toEqual([]);
    expect(datesNamed('What is planned for 2025?')).toEqual([]);
  });
});

describe('a date the text never names', () => {
  const written = () => [...datesWritten('2024年5月29日'), ...datesWritten('于 2024 年 11 月在科威特城')];

  it('is absent, named as the question writes it; the same day of another year too', () => {
    expect(unwrittenDates('What was adopted in Astana on 29 May 2023?', written).map((e) => [e.surface, e.present])).toEqual([['29 May 2023', false]]);
    expect(unwrittenDates('What happened on 29 May 2024?', written)).toEqual([]);
    expect(unwrittenDates('What happened on May 29?', written)).toEqual([]);
  });

  it('is present when the text names its month, with or without a day of it', () => {
    expect(unwrittenDates('Where is the conference in November 2024?', written)).toEqual([]);
    // The text gives the month of the Kuwait City meeting, not its day: a day of that month may be it.
    expect(unwrittenDates('What meeting will be held in Kuwait City on 15 November 2024?', written)).toEqual([]);
    expect(unwrittenDates('What happens on 12 December 2024?', written).map((e) => e.surface)).toEqual(['12 December 2024']);
    expect(sameDate({ year: 2024, month: 11 }, { year: 2024, month: 11, day: 3 })).toBe(true);
  });

  it('reads a span of days by its first day, named whole, with its year', () => {
    expect(datesNamed('What forum was held in Tashkent on June 5-6, 2023?')).toEqual([{ year: 2023, month: 6, day: 5, surface: 'June 5-6, 2023' }]);
    expect(datesNamed('held on 5-6 June 2023')).toEqual([{ year: 2023, month: 6, day: 5, surface: '5-6 June 2023' }]);
  });
});
