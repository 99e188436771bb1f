import { describe, expect, it } from 'vitest';
import { addDays, canonicalTimeZone, localLabel, localParts, parseTime, zonedTime } from '../../src/highlights/time.js';

describe('parseTime', () => {
  it.each([
    ['09:00', '09:00'],
    ['8:30', '08:30'],
    [' 23:59 ', '23:59'],
    ['00:00', '00:00'],
  ])('reads %j as %j', (input, expected) => {
    expect(parseTime(input)).toBe(expected);
  });

  it.each(['24:00', '9', '09:60', '9.30', 'nine', '09:00:00', ''])('rejects %j', (input) => {
    expect(parseTime(input)).toBeUndefined();
  });
});

describe('canonicalTimeZone', () => {
  it.each([
    ['Asia/Shanghai', 'Asia/Shanghai'],
    ['europe/moscow', 'Europe/Moscow'],
    ['Asia/Almaty', 'Asia/Almaty'],
    ['UTC', 'UTC'],
    ['Etc/UTC', 'UTC'],
  ])('accepts %j as %j', (input, expected) => {
    expect(canonicalTimeZone(input)).toBe(expected);
  });

  it.each(['Mars/Base', '+08:00', 'EST', 'Beijing', '', 'Asia/Shanghai; DROP TABLE'])('rejects %j', (input) => {
    expect(canonicalTimeZone(input)).toBeUndefined();
  });
});

describe('zonedTime', () => {
  it('puts 09:00 in Almaty at 04:00 UTC (UTC+5 since March 2024)', () => {
    expect(zonedTime('2024-07-04', '09:00', 'Asia/Almaty').toISOString()).toBe('2024-07-04T04:00:00.000Z');
  });

  it('moves a time the clocks skip (02:30 on 31 March in Berlin) to when the clocks would have shown it', () => {
    const at = zonedTime('2024-03-31', '02:30', 'Europe/Berlin');
    expect(at.toISOString()).toBe('2024-03-31T01:30:00.000Z');
    expect(localParts(at, 'Europe/Berlin')).toEqual({ date: '2024-03-31', time: '03:30', weekday: 'Sun' });
  });

  it('takes a time that happens twice (02:30 on 27 October in Berlin) the first time', () => {
    expect(zonedTime('2024-10-27', '02:30', 'Europe/Berlin').toISOString()).toBe('2024-10-27T00:30:00.000Z');
  });

  it('keeps 09:00 at 09:00 local on both sides of a change in New York', () => {
    expect(localParts(zonedTime('2024-03-09', '09:00', 'America/New_York'), 'America/New_York').time).toBe('09:00');
    expect(localParts(zonedTime('2024-03-10', '09:00', 'America/New_York'), 'America/New_York').time).toBe('09:00');
    expect(zonedTime('2024-03-10', '09:00', 'America/New_York').getTime() - zonedTime('2024-03-09', '09:00', 'America/New_York').getTime()).toBe(23 * 3600_000);
  });

  it('handles zones with a quarter-hour offset', () => {
    expect(zonedTime('2024-07-04', '00:00', 'Asia/Kathmandu').toISOString()).toBe('2024-07-03T18:15:00.000Z');
  });
});

describe('calendar helpers', () => {
  it('adds days across months and years', () => {
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
  });

  it("labels an instant as 'Tue 09:00 Asia/Almaty'", () => {
    expect(localLabel(new Date('2024-07-09T04:00:00Z'), 'Asia/Almaty')).toBe('Tue 09:00 Asia/Almaty');
  });
});
