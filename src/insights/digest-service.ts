// What the weekly insights digest's commands do: subscribe a channel (a day,
// a time and a zone), unsubscribe it, say how it stands, and delete what the
// insights keep for it. Each answers with the answer model, in the asker's language.

import type { AnswerOf, DigestAction, DigestSubscriptionView, Language } from '../model.js';
import { say } from '../present/catalogue.js';
import type { Clock } from '../highlights/clock.js';
import { channelSeed } from '../highlights/plan.js';
import type { ChannelKey, Platform } from '../highlights/ports.js';
import { canonicalTimeZone, localLabel, parseTime } from '../highlights/time.js';
import type { HighlightStore, InsightRecords, SubscriptionRow } from '../store/store.js';
import { digestChannelId, nextDigestDue, parseWeekly, type Weekday, weeklyText } from './digest-schedule.js';

/** The channel a digest command is about. */
export interface DigestTarget {
  platform: Platform;
  /** Whose questions the digest covers: the Slack workspace (team id), the Discord server (guild id). */
  scope: string;
  /** The platform's channel id. */
  channelId: string;
  /** The channel as the insights records name it (Slack: 'T…/C…' in a multi-workspace app): what `forget` deletes. */
  recordsChannelId: string;
}

export interface DigestSettings {
  weekday?: Weekday;
  /** HH:MM, as typed. */
  time?: string;
  /** An IANA name, as typed. */
  timeZone?: string;
}

export type DigestAnswer = AnswerOf<'digestSubscription'> | AnswerOf<'error'>;

export interface DigestService {
  subscribe(target: DigestTarget, settings: DigestSettings, language: Language): Promise<DigestAnswer>;
  unsubscribe(target: DigestTarget, language: Language): Promise<DigestAnswer>;
  status(target: DigestTarget, language: Language): Promise<DigestAnswer>;
  /** Deletes every question and rating the insights keep for the channel (store.insights.deleteChannel). */
  forget(target: DigestTarget, language: Language): Promise<DigestAnswer>;
}

export interface DigestDefaults {
  weekday: Weekday;
  /** HH:MM */
  time: string;
  /** IANA name */
  timeZone: string;
}

export interface DigestServiceDeps {
  store: HighlightStore;
  records: Pick<InsightRecords, 'deleteChannel'>;
  clock: Clock;
  defaults: DigestDefaults;
  /** Called after any change, so the scheduler can wake at the new time. */
  onChange?: () => void;
}

const reader = (language: Language): 'zh' | 'en' => (language === 'zh' ? 'zh' : 'en');

export function digestError(
  code: 'badTime' | 'badTimeZone' | 'notSubscribed' | 'forbidden' | 'usage' | 'highlightsDisabled',
  key:
    | 'error.badTime'
    | 'error.badTimeZone'
    | 'error.badDay'
    | 'error.digestNotSubscribed'
    | 'error.manageServer'
    | 'error.workspaceAdmin'
    | 'error.digestUsage'
    | 'error.digestDisabled',
  language: Language,
  value?: string,
): AnswerOf<'error'> {
  const text = say(key, reader(language));
  return { kind: 'error', language, code, message: value === undefined ? text : `${text} (“${value}”)` };
}

const keyOf = (target: DigestTarget): ChannelKey => ({ platform: target.platform, channelId: digestChannelId(target.scope, target.channelId) });
const isOn = (s: SubscriptionRow | undefined): s is SubscriptionRow => s !== undefined && s.status !== 'unsubscribed';

async function view(deps: DigestServiceDeps, sub: SubscriptionRow | undefined): Promise<DigestSubscriptionView> {
  const weekly = (sub === undefined ? undefined : parseWeekly(sub.time)) ?? deps.defaults;
  const base = { weekday: weekly.weekday, time: weekly.time, timeZone: sub?.timeZone ?? deps.defaults.timeZone };
  if (!isOn(sub)) return { ...base, subscribed: false, paused: false, next: undefined };
  let next: DigestSubscriptionView['next'];
  if (sub.status === 'active') {
    const due = await nextDigestDue(deps.store, sub, deps.clock.now());
    next = { at: due.at.toISOString(), localLabel: localLabel(due.at, sub.timeZone) };
  }
  return { ...base, subscribed: true, paused: sub.status === 'paused', next };
}

async function answer(deps: DigestServiceDeps, target: DigestTarget, action: DigestAction, language: Language, forgotten?: number): Promise<DigestAnswer> {
  const subscription = await view(deps, await deps.store.subscription(keyOf(target)));
  return { kind: 'digestSubscription', language, action, subscription, forgotten };
}

/** The settings in canonical form, or the error naming the bad one. */
function validated(settings: DigestSettings, language: Language): { time?: string; timeZone?: string } | AnswerOf<'error'> {
  const time = settings.time === undefined ? undefined : parseTime(settings.time);
  if (settings.time !== undefined && time === undefined) return digestError('badTime', 'error.badTime', language, settings.time);
  const timeZone = settings.timeZone === undefined ? undefined : canonicalTimeZone(settings.timeZone);
  if (settings.timeZone !== undefined && timeZone === undefined) return digestError('badTimeZone', 'error.badTimeZone', language, settings.timeZone);
  return { ...(time === undefined ? {} : { time }), ...(timeZone === undefined ? {} : { timeZone }) };
}

async function subscribe(deps: DigestServiceDeps, target: DigestTarget, settings: DigestSettings, language: Language): Promise<DigestAnswer> {
  const checked = validated(settings, language);
  if ('kind' in checked) return checked;
  const channel = keyOf(target);
  const now = deps.clock.now().getTime();
  const existing = await deps.store.subscription(channel);
  const was = (isOn(existing) ? parseWeekly(existing.time) : undefined) ?? deps.defaults;
  const time = weeklyText({ weekday: settings.weekday ?? was.weekday, time: checked.time ?? was.time });
  const timeZone = checked.timeZone ?? (isOn(existing) ? existing.timeZone : deps.defaults.timeZone);
  const unchanged = existing?.status === 'active' && existing.time === time && existing.timeZone === timeZone;
  const activeFrom = unchanged ? existing.activeFrom : now;
  const seed = existing?.seed ?? channelSeed(channel);
  await deps.store.saveSubscription({ ...channel, status: 'active', time, timeZone, seed, activeFrom, pausedReason: undefined, language }, now);
  deps.onChange?.();
  return answer(deps, target, existing?.status === 'active' ? 'updated' : 'subscribed', language);
}

async function unsubscribe(deps: DigestServiceDeps, target: DigestTarget, language: Language): Promise<DigestAnswer> {
  const sub = await deps.store.subscription(keyOf(target));
  if (!isOn(sub)) return digestError('notSubscribed', 'error.digestNotSubscribed', language);
  await deps.store.saveSubscription({ ...sub, status: 'unsubscribed', pausedReason: undefined }, deps.clock.now().getTime());
  deps.onChange?.();
  return answer(deps, target, 'unsubscribed', language);
}

export function createDigestService(deps: DigestServiceDeps): DigestService {
  return {
    subscribe: (target, settings, language) => subscribe(deps, target, settings, language),
    unsubscribe: (target, language) => unsubscribe(deps, target, language),
    status: (target, language) => answer(deps, target, 'status', language),
    async forget(target, language) {
      const count = await deps.records.deleteChannel(target.platform, target.recordsChannelId);
      return answer(deps, target, 'forgotten', language, count);
    },
  };
}
