// The highlight commands as text, shared by the Slack command and the console:
// 'subscribe 08:30 Asia/Almaty', 'unsubscribe', 'status', 'time 08:30',
// 'timezone Europe/Moscow', 'preview'. A leading 'highlight(s)' is optional.

import type { Answer, Language } from '../model.js';
import type { ChannelKey, HighlightService } from './ports.js';

export type HighlightCommand =
  | { command: 'subscribe'; time?: string; timeZone?: string }
  | { command: 'unsubscribe' }
  | { command: 'status' }
  | { command: 'time'; time: string }
  | { command: 'timezone'; timeZone: string }
  | { command: 'preview' };

const PREFIX = new Set(['highlight', 'highlights', '要点', '每日要点']);
/** The words for what every subscription (the daily highlight, the weekly digest) offers. */
export const SUBSCRIPTION_VERBS = {
  subscribe: 'subscribe',
  sub: 'subscribe',
  订阅: 'subscribe',
  unsubscribe: 'unsubscribe',
  unsub: 'unsubscribe',
  取消订阅: 'unsubscribe',
  退订: 'unsubscribe',
  status: 'status',
  状态: 'status',
} as const satisfies Readonly<Record<string, 'subscribe' | 'unsubscribe' | 'status'>>;

const VERBS: Readonly<Record<string, HighlightCommand['command']>> = {
  ...SUBSCRIPTION_VERBS,
  time: 'time',
  时间: 'time',
  timezone: 'timezone',
  tz: 'timezone',
  zone: 'timezone',
  时区: 'timezone',
  preview: 'preview',
  today: 'preview',
  预览: 'preview',
  今天: 'preview',
};

// Anything that starts with a digit is meant as a time, so '25:00' gets the
// time error rather than the time-zone one.
const looksLikeTime = (token: string): boolean => /^\d/u.test(token);

/** The command, or undefined when the text is not one (the adapter then shows the usage). */
export function parseHighlightCommand(text: string): HighlightCommand | undefined {
  const tokens = text
    .normalize('NFKC')
    .trim()
    .split(/\s+/u)
    .filter((t) => t !== '');
  if (tokens.length > 0 && PREFIX.has((tokens[0] ?? '').toLowerCase())) tokens.shift();
  if (tokens.length === 0) return { command: 'preview' };
  const verb = VERBS[(tokens[0] ?? '').toLowerCase()];
  const args = tokens.slice(1);
  switch (verb) {
    case 'subscribe': {
      const times = args.filter(looksLikeTime);
      const zones = args.filter((a) => !looksLikeTime(a));
      if (times.length > 1 || zones.length > 1) return undefined;
      return { command: 'subscribe', ...(times[0] === undefined ? {} : { time: times[0] }), ...(zones[0] === undefined ? {} : { timeZone: zones[0] }) };
    }
    case 'time':
      return args.length === 1 && args[0] !== undefined ? { command: 'time', time: args[0] } : undefined;
    case 'timezone':
      return args.length === 1 && args[0] !== undefined ? { command: 'timezone', timeZone: args[0] } : undefined;
    case 'unsubscribe':
    case 'status':
    case 'preview':
      return args.length === 0 ? { command: verb } : undefined;
    default:
      return undefined;
  }
}

/** The language to answer a command in: Chinese when it was typed in Chinese. */
export function commandLanguage(text: string): Language {
  return /\p{Script=Han}/u.test(text) ? 'zh' : 'en';
}

export function runHighlightCommand(service: HighlightService, channel: ChannelKey, command: HighlightCommand, language: Language): Promise<Answer> {
  switch (command.command) {
    case 'subscribe':
      return service.subscribe(
        channel,
        { ...(command.time === undefined ? {} : { time: command.time }), ...(command.timeZone === undefined ? {} : { timeZone: command.timeZone }) },
        language,
      );
    case 'unsubscribe':
      return service.unsubscribe(channel, language);
    case 'status':
      return service.status(channel, language);
    case 'time':
      return service.setTime(channel, command.time, language);
    case 'timezone':
      return service.setTimeZone(channel, command.timeZone, language);
    case 'preview':
      return service.preview(channel, language);
  }
}
