// When the weekly insights digest is due and what it says. A subscription's
// `time` is '<weekday> HH:MM' ('Mon 09:00') in its IANA zone; a period is a
// week starting at 00:00 on that weekday, recorded under that date. The digest
// of a period covers the 7 days before its scheduled time (not before it was
// sent): a digest sent late, retried or recovered covers the same week.
//
// A digest channel is keyed '<scope>/<channel>': the Slack workspace (team id)
// or the Discord server (guild id), then the channel id, on both platforms, so
// the scheduler knows whose questions the digest covers without asking the
// platform.

import type { HighlightStore, SubscriptionRow } from '../store/store.js';
import { channelSeed } from '../highlights/plan.js';
import type { ChannelKey } from '../highlights/ports.js';
import type { Due, Schedule } from '../highlights/schedule.js';
import { addDays, localDate, parseTime, zonedTime } from '../highlights/time.js';
import type { DigestContent, MakeDigest } from './digest-port.js';

export const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface Weekly {
  weekday: Weekday;
  /** HH:MM */
  time: string;
}

/** 'Mon 09:00' → { weekday: 'Mon', time: '09:00' }; undefined when it is not that. */
export function parseWeekly(text: string): Weekly | undefined {
  const [day = '', hhmm = ''] = text.split(' ');
  const weekday = WEEKDAYS.find((d) => d === day);
  const time = parseTime(hhmm);
  return weekday === undefined || time === undefined ? undefined : { weekday, time };
}

export const weeklyText = (w: Weekly): string => `${w.weekday} ${w.time}`;

/** The digest channel's key: '<scope>/<channel>'. */
export const digestChannelId = (scope: string, channelId: string): string => `${scope}/${channelId}`;

/** '<scope>/<channel>' → its parts; a key without a scope has scope ''. */
export function splitDigestChannel(key: string): { scope: string; channelId: string } {
  const slash = key.lastIndexOf('/');
  return slash < 0 ? { scope: '', channelId: key } : { scope: key.slice(0, slash), channelId: key.slice(slash + 1) };
}

/** 0 for Monday … 6 for Sunday, of a YYYY-MM-DD date. */
function weekdayIndex(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return (new Date(Date.UTC(y ?? NaN, (m ?? NaN) - 1, d ?? NaN)).getUTCDay() + 6) % 7;
}

function weeklyOf(sub: SubscriptionRow): Weekly {
  const weekly = parseWeekly(sub.time);
  if (weekly === undefined) throw new Error(`digest: subscription ${sub.platform}:${sub.channelId} has time '${sub.time}', not '<weekday> HH:MM'`);
  return weekly;
}

/** The local date of the week `now` falls in: the latest subscription weekday on or before today. */
export function weekOf(sub: SubscriptionRow, now: Date): string {
  const today = localDate(now, sub.timeZone);
  const back = (weekdayIndex(today) - WEEKDAYS.indexOf(weeklyOf(sub).weekday) + 7) % 7;
  return addDays(today, -back);
}

/** When the digest of the week recorded under `date` is due. */
export function digestTime(sub: SubscriptionRow, date: string): Date {
  return zonedTime(date, weeklyOf(sub).time, sub.timeZone);
}

/** What a digest post carries so the platform can find it again: short, unique per channel and week. */
export function digestKey(channel: ChannelKey, date: string): string {
  return `dg${date.replaceAll('-', '')}${channelSeed(channel).toString(36).padStart(7, '0')}`;
}

/** The next week that still needs its digest (this week's while its time has not passed or it is not sent yet). */
export async function nextDigestDue(store: HighlightStore, sub: SubscriptionRow, now: Date): Promise<Due> {
  const channel = { platform: sub.platform, channelId: sub.channelId };
  const week = weekOf(sub, now);
  for (let w = 0; w < 3; w++) {
    const date = addDays(week, 7 * w);
    const at = digestTime(sub, date);
    if (at.getTime() < sub.activeFrom) continue;
    const post = await store.post(channel, date);
    if (post !== undefined && post.state !== 'pending') continue;
    return { localDate: date, at, post };
  }
  const date = addDays(week, 21);
  return { localDate: date, at: digestTime(sub, date), post: undefined };
}

export function digestSchedule(store: HighlightStore, makeDigest: MakeDigest): Schedule<DigestContent> {
  return {
    name: 'digest',
    period: 'week',
    periodOf: weekOf,
    periodEnd: (sub, date) => zonedTime(addDays(date, 7), '00:00', sub.timeZone),
    nextDue: (sub, now) => nextDigestDue(store, sub, now),
    async intent(sub, date) {
      const key = digestKey({ platform: sub.platform, channelId: sub.channelId }, date);
      return { localDate: date, item: 'weekly-digest', cycle: 0, position: 1, cycleLength: 1, key };
    },
    async content(sub, post) {
      const { scope } = splitDigestChannel(sub.channelId);
      const until = digestTime(sub, post.localDate).getTime();
      const since = zonedTime(addDays(post.localDate, -7), weeklyOf(sub).time, sub.timeZone).getTime();
      const reader = sub.language === 'zh' ? 'zh' : 'en';
      return { content: await makeDigest({ since, until, platform: sub.platform, scope }, reader, sub.timeZone) };
    },
    fields: () => ({}),
  };
}
