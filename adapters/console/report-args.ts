// `npm run report`'s arguments, checked: a bad one is a UsageError naming the
// argument and what it should be (the command exits 2 with it).

import { parseArgs } from 'node:util';
import { canonicalTimeZone, zonedTime } from '../../src/highlights/time.js';
import type { InsightQuery } from '../../src/store/store.js';

export const REPORT_USAGE = `Usage:
  npm run report                              the last 7 days
  npm run report -- --since 2024-06-01        from that day (00:00) until now
  npm run report -- --until 2024-06-30        the 7 days up to the end of that day (with --since: from --since)
  npm run report -- --json                    the same as one JSON object
  npm run report -- --suggest                 the refused questions' unknown words, with how often they occurred
Options:
  --platform slack|discord|console            one platform's questions only
  --scope ID                                  one Slack workspace (team id) or Discord server (guild id); '' for direct messages and the console
  --timezone Zone/Name                        the zone of the dates and of the weeks (default HIGHLIGHT_TIMEZONE, else UTC)
  --weeks N                                   weeks of questions per topic (default 8, at most 52)
  --limit N                                   the length of each list (default 10)
  --help                                      this text
`;

export class UsageError extends Error {}

export interface ReportArgs {
  query: InsightQuery;
  timeZone: string;
  json: boolean;
  suggest: boolean;
  weeks: number;
  limit: number;
}

const OPTIONS = {
  since: { type: 'string' },
  until: { type: 'string' },
  json: { type: 'boolean', default: false },
  suggest: { type: 'boolean', default: false },
  platform: { type: 'string' },
  scope: { type: 'string' },
  timezone: { type: 'string' },
  weeks: { type: 'string' },
  limit: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

const PLATFORMS = ['slack', 'discord', 'console'];
const DAY_MS = 86_400_000;
export const DEFAULT_DAYS = 7;
const DEFAULT_WEEKS = 8;
const MAX_WEEKS = 52;
const DEFAULT_LIMIT = 10;

/** A real calendar date written YYYY-MM-DD (not 2024-02-30), or an error naming the flag. */
function calendarDate(flag: string, value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
  const day = m === null ? undefined : new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (day === undefined || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value) {
    throw new UsageError(`${flag} must be a date written YYYY-MM-DD, such as 2024-06-01; got "${value}"`);
  }
  return value;
}

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

function whole(flag: string, value: string | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/u.test(value) || Number(value) < 1 || Number(value) > max) {
    throw new UsageError(`${flag} must be a whole number from 1 to ${max}; got "${value}"`);
  }
  return Number(value);
}

/** The period: --since's midnight (included) to the midnight after --until (excluded), in the zone; the last 7 days by default. */
function period(since: string | undefined, until: string | undefined, timeZone: string, now: number): { since: number; until: number } {
  const midnight = (flag: string, date: string) => zonedTime(calendarDate(flag, date), '00:00', timeZone).getTime();
  const end = until === undefined ? now : midnight('--until', nextDay(calendarDate('--until', until)));
  const start = since === undefined ? end - DEFAULT_DAYS * DAY_MS : midnight('--since', since);
  if (start >= end) throw new UsageError(`--since must be before --until (or before now); got ${since ?? ''} to ${until ?? 'now'}`);
  return { since: start, until: end };
}

function readArgs(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: false, strict: true });
  } catch (error) {
    // parseArgs names the argument ("Unknown option '--sinse'", "Option '--since <value>' argument missing").
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** `defaultZone` is the configuration's (HIGHLIGHT_TIMEZONE); `now` the clock's. */
export function parseReportArgs(argv: readonly string[], defaultZone: string, now: number): ReportArgs | 'help' {
  const v = readArgs(argv).values;
  if (v.help) return 'help';
  const timeZone = v.timezone === undefined ? defaultZone : canonicalTimeZone(v.timezone);
  if (timeZone === undefined) throw new UsageError(`--timezone must be an IANA time zone such as Asia/Almaty or UTC; got "${v.timezone ?? ''}"`);
  if (v.platform !== undefined && !PLATFORMS.includes(v.platform)) {
    throw new UsageError(`--platform must be one of ${PLATFORMS.join(', ')}; got "${v.platform}"`);
  }
  const query: InsightQuery = {
    ...period(v.since, v.until, timeZone, now),
    ...(v.platform === undefined ? {} : { platform: v.platform }),
    ...(v.scope === undefined ? {} : { scope: v.scope }),
  };
  return {
    query,
    timeZone,
    json: v.json,
    suggest: v.suggest,
    weeks: whole('--weeks', v.weeks, DEFAULT_WEEKS, MAX_WEEKS),
    limit: whole('--limit', v.limit, DEFAULT_LIMIT, 1000),
  };
}
