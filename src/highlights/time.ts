// Local dates and times in IANA time zones with Intl alone. A channel's day is
// its local calendar date; its post is due at HH:MM local time that date.

const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/u;

/** '8:30' or '08:30' → '08:30'; anything else → undefined. */
export function parseTime(input: string): string | undefined {
  const m = TIME.exec(input.trim());
  if (m === null) return undefined;
  return `${(m[1] ?? '').padStart(2, '0')}:${m[2] ?? ''}`;
}

let supportedZones: ReadonlySet<string> | undefined;

/**
 * The canonical IANA name ('asia/shanghai' → 'Asia/Shanghai', 'US/Eastern' →
 * 'America/New_York'), or undefined for a name Intl does not know, an offset
 * ('+08:00') or an abbreviation ('EST').
 */
export function canonicalTimeZone(input: string): string | undefined {
  const name = input.trim();
  // The default: known without asking Intl, whose first time-zone look-up costs some 25 ms of every start.
  if (/^(?:etc\/)?utc$/iu.test(name)) return 'UTC';
  if (!name.includes('/')) return undefined;
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
  supportedZones ??= new Set(Intl.supportedValuesOf('timeZone'));
  if (resolved === 'UTC' || resolved === 'Etc/UTC') return 'UTC';
  return supportedZones.has(resolved) ? resolved : undefined;
}

export interface LocalParts {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM */
  time: string;
  /** Mon, Tue, … */
  weekday: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: string;
}

function wallClock(instant: Date, timeZone: string): WallClock {
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(instant)) parts[p.type] = p.value;
  const num = (k: string): number => Number(parts[k] ?? 'NaN');
  return {
    year: num('year'),
    month: num('month'),
    day: num('day'),
    hour: num('hour') % 24,
    minute: num('minute'),
    second: num('second'),
    weekday: parts['weekday'] ?? '',
  };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function localParts(instant: Date, timeZone: string): LocalParts {
  const w = wallClock(instant, timeZone);
  return { date: `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`, time: `${pad(w.hour)}:${pad(w.minute)}`, weekday: w.weekday };
}

export function localDate(instant: Date, timeZone: string): string {
  return localParts(instant, timeZone).date;
}

/** Milliseconds the zone is ahead of UTC at that instant. */
function offsetAt(ms: number, timeZone: string): number {
  const w = wallClock(new Date(ms), timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - (ms - (((ms % 1000) + 1000) % 1000));
}

const DAY_MS = 86_400_000;

/**
 * The instant a wall-clock time happens on a local date. A time the clocks
 * skip (02:30 on a spring-forward night) happens as soon as the clocks show
 * it would have, an hour later by the new reckoning; a time that happens twice
 * (autumn) is taken the first time. Either way each date has exactly one.
 */
export function zonedTime(date: string, time: string, timeZone: string): Date {
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  const wall = Date.UTC(y ?? NaN, (mo ?? NaN) - 1, d ?? NaN, h ?? NaN, mi ?? NaN);
  if (Number.isNaN(wall)) throw new RangeError(`highlights: bad local date/time '${date} ${time}'`);
  const before = offsetAt(wall - DAY_MS, timeZone);
  const after = offsetAt(wall + DAY_MS, timeZone);
  const candidates = [...new Set([before, after])]
    .map((offset) => wall - offset)
    .filter((ms) => {
      const p = localParts(new Date(ms), timeZone);
      return p.date === date && p.time === time;
    })
    .sort((a, b) => a - b);
  return new Date(candidates[0] ?? wall - before);
}

/** Calendar arithmetic on YYYY-MM-DD. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const ms = Date.UTC(y ?? NaN, (m ?? NaN) - 1, (d ?? NaN) + days);
  const t = new Date(ms);
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** 'Tue 09:00 Asia/Almaty' */
export function localLabel(instant: Date, timeZone: string): string {
  const p = localParts(instant, timeZone);
  return `${p.weekday} ${p.time} ${timeZone}`;
}
