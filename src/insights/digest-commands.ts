// The weekly digest's commands as text, for Slack and the console:
// 'insights subscribe Mon 09:00 Asia/Almaty', 'insights unsubscribe',
// 'insights status', 'insights forget'. A leading 'insights' is optional.

import { SUBSCRIPTION_VERBS } from '../highlights/commands.js';
import type { Language } from '../model.js';
import type { DigestAnswer, DigestService, DigestSettings, DigestTarget } from './digest-service.js';
import { digestError } from './digest-service.js';
import type { Weekday } from './digest-schedule.js';

export type DigestCommand = { command: 'subscribe'; settings: DigestSettings } | { command: 'unsubscribe' | 'status' | 'forget' };

export const INSIGHTS_PREFIXES: ReadonlySet<string> = new Set(['insights', 'insight', '洞察', '问答摘要']);

const VERBS: Readonly<Record<string, DigestCommand['command']>> = {
  ...SUBSCRIPTION_VERBS,
  forget: 'forget',
  删除: 'forget',
  清除: 'forget',
};

const DAYS: Readonly<Record<string, Weekday>> = {};
for (const [day, names] of Object.entries({
  Mon: ['mon', 'monday', '周一', '星期一', '礼拜一'],
  Tue: ['tue', 'tues', 'tuesday', '周二', '星期二', '礼拜二'],
  Wed: ['wed', 'wednesday', '周三', '星期三', '礼拜三'],
  Thu: ['thu', 'thur', 'thurs', 'thursday', '周四', '星期四', '礼拜四'],
  Fri: ['fri', 'friday', '周五', '星期五', '礼拜五'],
  Sat: ['sat', 'saturday', '周六', '星期六', '礼拜六'],
  Sun: ['sun', 'sunday', '周日', '周天', '星期日', '星期天', '礼拜日', '礼拜天'],
} as const)) {
  for (const name of names) (DAYS as Record<string, Weekday>)[name] = day as Weekday;
}

/** 'monday', 'Mon', '周一' → 'Mon'. */
export const weekdayOf = (token: string): Weekday | undefined => DAYS[token.toLowerCase()];

const looksLikeTime = (token: string): boolean => /^\d/u.test(token);
const looksLikeZone = (token: string): boolean => token.includes('/') || /^utc$/iu.test(token);

/** Subscribe's words: a day, a time and a zone in any order; the error naming a word that is none of them. */
function settingsOf(args: readonly string[], language: Language): DigestSettings | DigestAnswer | undefined {
  const settings: DigestSettings = {};
  for (const arg of args) {
    const day = weekdayOf(arg);
    if (day !== undefined && settings.weekday === undefined) settings.weekday = day;
    else if (looksLikeTime(arg) && settings.time === undefined) settings.time = arg;
    else if (looksLikeZone(arg) && settings.timeZone === undefined) settings.timeZone = arg;
    else if (!looksLikeTime(arg) && !looksLikeZone(arg) && settings.weekday === undefined) return digestError('badTime', 'error.badDay', language, arg);
    else return undefined;
  }
  return settings;
}

/** The command; an error answer for a bad day; undefined when the text is not a command (the usage is shown). */
export function parseDigestCommand(text: string, language: Language): DigestCommand | DigestAnswer | undefined {
  const tokens = text
    .normalize('NFKC')
    .trim()
    .split(/\s+/u)
    .filter((t) => t !== '');
  if (tokens.length > 0 && INSIGHTS_PREFIXES.has((tokens[0] ?? '').toLowerCase())) tokens.shift();
  if (tokens.length === 0) return { command: 'status' };
  const verb = VERBS[(tokens[0] ?? '').toLowerCase()];
  const args = tokens.slice(1);
  if (verb === 'subscribe') {
    const settings = settingsOf(args, language);
    return settings === undefined || 'kind' in settings ? settings : { command: 'subscribe', settings };
  }
  return verb !== undefined && args.length === 0 ? { command: verb } : undefined;
}

export function runDigestCommand(service: DigestService, target: DigestTarget, command: DigestCommand, language: Language): Promise<DigestAnswer> {
  switch (command.command) {
    case 'subscribe':
      return service.subscribe(target, command.settings, language);
    case 'unsubscribe':
      return service.unsubscribe(target, language);
    case 'status':
      return service.status(target, language);
    case 'forget':
      return service.forget(target, language);
  }
}
