// Days as the declaration writes them (2024年7月4日, 2023年10月3日至4日) and as questions name them
// (29 May 2023, July 4, 2023年7月4日, June 2024). A day or month the text never names is something
// it does not mention, however much of the rest of the question it shares: §76 dates a meeting
// 29 May 2024, and a question about 29 May 2023 is not answered by it.

import { isCoordinated } from './conjuncts.js';
import type { FocusEntity } from './focus.js';
import { fastIgnoreCase } from '../text/fast-ignore-case.js';

/** A day (or, without `day`, a month), with its year when it is given. */
export interface CalendarDate {
  year?: number;
  month: number;
  day?: number;
}

/** A date as the question writes it. */
export interface NamedDate extends CalendarDate {
  surface: string;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(${MONTHS.join('|')}|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?)`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';

// The text's dates: a day, or a span of days (至4日, 至9月1日), its year given or that of the date before it.
const TEXT_DATE = /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*(?:至|到|[-–—~])\s*(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日)?/gu;

const CHINESE_DAY = /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/gu;
// A month alone (2023年6月) only with its year: 6月的会议 may mean any June.
const CHINESE_MONTH = /(\d{4})\s*年\s*(\d{1,2})\s*月(?!\s*\d)/gu;
// A span of days (5-6 June 2023, June 5-6, 2023) is read by its first day, and named whole.
const TO_DAY = '(?:\\s*[-–]\\s*\\d{1,2}(?:st|nd|rd|th)?)?';
const DAY_MONTH = fastIgnoreCase(new RegExp(`\\b${DAY}${TO_DAY}\\s+(?:of\\s+)?${MONTH}(?![a-z])(?:,?\\s+${YEAR}\\b)?`, 'giu'));
const MONTH_DAY = fastIgnoreCase(
  new RegExp(`\\b${MONTH}\\s+${DAY}${TO_DAY}\\b(?!\\s*(?:km|kilomet|%|per|people|countries|states|members))(?:,?\\s+${YEAR}\\b)?`, 'giu'),
);
const MONTH_YEAR = fastIgnoreCase(new RegExp(`\\b${MONTH}\\s+${YEAR}\\b`, 'giu'));

function monthOf(name: string): number {
  const short = name.toLowerCase().replace(/\.$/u, '').slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(short)) + 1;
}

const valid = (d: CalendarDate): boolean => d.month >= 1 && d.month <= 12 && (d.day === undefined || (d.day >= 1 && d.day <= 31));

/** Every day the text names: a span within a month gives each of its days, one across months its first and last. */
export function datesWritten(text: string): CalendarDate[] {
  const out: CalendarDate[] = [];
  let year: number | undefined;
  for (const m of text.normalize('NFKC').matchAll(TEXT_DATE)) {
    if (m[1] !== undefined) year = Number(m[1]);
    const month = Number(m[2]);
    const first = Number(m[3]);
    const lastMonth = m[4] === undefined ? month : Number(m[4]);
    const last = m[5] === undefined ? first : Number(m[5]);
    if (lastMonth !== month) {
      out.push({ year, month, day: first }, { year, month: lastMonth, day: last });
      continue;
    }
    for (let day = first; day <= Math.min(last, first + 31); day++) out.push({ year, month, day });
  }
  // A month alone (2024 年 11 月): the month, no day of it.
  for (const m of text.normalize('NFKC').matchAll(CHINESE_MONTH)) out.push({ year: Number(m[1]), month: Number(m[2]) });
  return out.filter(valid);
}

/** Every day the paragraphs name, read on the first question naming a date (most name none). */
export function datesOfParagraphs(paragraphs: readonly { text: string }[]): () => CalendarDate[] {
  let dates: CalendarDate[] | undefined;
  return () => {
    dates ??= paragraphs.flatMap((p) => datesWritten(p.text));
    return dates;
  };
}

/** The days and months a question names, as it writes them. 'May' counts only with a capital (you may 5). */
export function datesNamed(question: string): NamedDate[] {
  const text = question.normalize('NFKC');
  const found: (NamedDate & { at: number })[] = [];
  const add = (m: RegExpMatchArray, date: CalendarDate): void => {
    const at = m.index ?? 0;
    if (valid(date) && !found.some((f) => at >= f.at && at < f.at + f.surface.length)) found.push({ ...date, surface: m[0].trim(), at });
  };
  const year = (s: string | undefined): { year?: number } => (s === undefined ? {} : { year: Number(s) });
  const english = (name: string): boolean => name !== 'may';
  for (const m of text.matchAll(CHINESE_DAY)) add(m, { ...year(m[1]), month: Number(m[2]), day: Number(m[3]) });
  for (const m of text.matchAll(CHINESE_MONTH)) add(m, { year: Number(m[1]), month: Number(m[2]) });
  for (const m of text.matchAll(DAY_MONTH)) if (english(m[2] ?? '')) add(m, { ...year(m[3]), month: monthOf(m[2] ?? ''), day: Number(m[1]) });
  for (const m of text.matchAll(MONTH_DAY)) if (english(m[1] ?? '')) add(m, { ...year(m[3]), month: monthOf(m[1] ?? ''), day: Number(m[2]) });
  for (const m of text.matchAll(MONTH_YEAR)) if (english(m[1] ?? '')) add(m, { year: Number(m[2]), month: monthOf(m[1] ?? '') });
  return found.map(({ at: _, ...date }) => date);
}

/**
 * Whether a written date is the one named: the same month and day, and the same year where both give one. A month
 * named alone is any day of it; so is a month the text gives without a day (2024 年 11 月 for a meeting on 15 November).
 */
export function sameDate(named: CalendarDate, written: CalendarDate): boolean {
  if (named.month !== written.month) return false;
  if (named.day !== undefined && written.day !== undefined && named.day !== written.day) return false;
  return named.year === undefined || written.year === undefined || named.year === written.year;
}

/** The dates the question names that no paragraph does: absent, as a name the text never uses is. */
export function unwrittenDates(question: string, written: () => readonly CalendarDate[]): FocusEntity[] {
  const named = datesNamed(question);
  if (named.length === 0) return [];
  const all = written();
  return named
    .filter((d) => !all.some((w) => sameDate(d, w)))
    .map((d) => ({
      id: `date:${d.year ?? ''}-${d.month}-${d.day ?? ''}`,
      kind: 'event' as const,
      name: d.surface,
      surface: d.surface,
      coordinated: isCoordinated(question, d.surface),
      present: false,
      paragraphs: [],
    }));
}
