// The card answering the weekly insights digest's commands: subscribed,
// unsubscribed, status, and what `forget` deleted.
import { localParts } from '../highlights/time.js';
import type { AnswerOf } from '../model.js';
import { type MessageKey, say, type Reader } from './catalogue.js';
import { type Card, subscriptionLinesCard } from './card.js';

type WeekdayKey = Extract<MessageKey, `weekday.${string}`>;

const WEEKDAY_KEYS: Readonly<Record<string, WeekdayKey>> = {
  Mon: 'weekday.Mon',
  Tue: 'weekday.Tue',
  Wed: 'weekday.Wed',
  Thu: 'weekday.Thu',
  Fri: 'weekday.Fri',
  Sat: 'weekday.Sat',
  Sun: 'weekday.Sun',
};

/** 'Monday' / '周一'. */
export function weekdayName(weekday: string, reader: Reader): string {
  const key = WEEKDAY_KEYS[weekday];
  return key === undefined ? weekday : say(key, reader);
}

/**
 * When the next post is due, in the reader's words: the core's label
 * ('Tue 09:00 Asia/Almaty') for English, the weekday in Chinese (周二) otherwise.
 */
export function whenLabel(next: { at: string; localLabel: string }, timeZone: string, reader: Reader): string {
  if (reader === 'en') return next.localLabel;
  const parts = localParts(new Date(next.at), timeZone);
  return `${weekdayName(parts.weekday, reader)} ${parts.time} ${timeZone}`;
}

function lines(answer: AnswerOf<'digestSubscription'>, reader: Reader): string[] {
  const s = answer.subscription;
  if (answer.action === 'forgotten') return [say('digest.forgotten', reader, { count: answer.forgotten ?? 0 })];
  if (answer.action === 'unsubscribed') return [say('digest.unsubscribed', reader)];
  if (!s.subscribed) return [say('digest.none', reader)];
  const out = [say('digest.subscribed', reader, { day: weekdayName(s.weekday, reader), time: s.time, zone: s.timeZone })];
  if (s.paused) out.push(say('digest.paused', reader));
  else if (s.next !== undefined) out.push(say('digest.next', reader, { when: whenLabel(s.next, s.timeZone, reader) }));
  return out;
}

export function digestSubscriptionCard(answer: AnswerOf<'digestSubscription'>, reader: Reader): Card {
  return subscriptionLinesCard('digestSubscription', answer.action, reader, lines(answer, reader));
}
