import { describe, expect, it } from 'vitest';
import { parseReportArgs, UsageError } from '../../../adapters/console/report-args.js';

const NOW = Date.UTC(2024, 5, 12, 15, 30);
const DAY = 86_400_000;
const parse = (args: string[], zone = 'UTC') => parseReportArgs(args, zone, NOW);

describe('the report’s arguments', () => {
  it('are the last 7 days up to now by default, with 8 weeks, lists of 10 and the configured zone', () => {
    expect(parse([])).toEqual({ query: { since: NOW - 7 * DAY, until: NOW }, timeZone: 'UTC', json: false, suggest: false, weeks: 8, limit: 10 });
  });

  it('read --since and --until as whole days in the zone, --until included', () => {
    const r = parse(['--since', '2024-06-01', '--until', '2024-06-02', '--timezone', 'Asia/Shanghai']);
    expect(r).toMatchObject({ query: { since: Date.UTC(2024, 4, 31, 16), until: Date.UTC(2024, 5, 2, 16) }, timeZone: 'Asia/Shanghai' });
    expect(parse(['--until', '2024-06-02'])).toMatchObject({ query: { since: Date.UTC(2024, 5, 3) - 7 * DAY, until: Date.UTC(2024, 5, 3) } });
    expect(parse(['--since', '2024-06-10'], 'Europe/Moscow')).toMatchObject({ query: { since: Date.UTC(2024, 5, 9, 21), until: NOW } });
  });

  it('take the filters and switches', () => {
    expect(parse(['--platform', 'slack', '--scope', '', '--json', '--suggest', '--weeks', '12', '--limit', '3'])).toMatchObject({
      query: { platform: 'slack', scope: '' },
      json: true,
      suggest: true,
      weeks: 12,
      limit: 3,
    });
    expect(parse(['--help'])).toBe('help');
  });

  it.each([
    [['--since', '2024-02-30'], '--since must be a date written YYYY-MM-DD'],
    [['--until', 'yesterday'], '--until must be a date written YYYY-MM-DD'],
    [['--since', '2024-06-09', '--until', '2024-06-01'], '--since must be before --until'],
    [['--since', '2024-06-13'], '--since must be before --until (or before now)'],
    [['--platform', 'telegram'], '--platform must be one of slack, discord, console; got "telegram"'],
    [['--timezone', 'Mars/Base'], '--timezone must be an IANA time zone'],
    [['--weeks', '0'], '--weeks must be a whole number from 1 to 52'],
    [['--weeks', '53'], '--weeks must be a whole number from 1 to 52'],
    [['--limit', 'ten'], '--limit must be a whole number'],
    [['--since'], "Option '--since <value>' argument missing"],
    [['extra'], 'Unexpected argument'],
  ])('refuse %j naming the argument', (args, message) => {
    expect(() => parse(args)).toThrow(UsageError);
    expect(() => parse(args)).toThrow(message);
  });
});
