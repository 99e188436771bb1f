// The HighlightService the adapters' commands call: subscribe, unsubscribe,
// change time or zone, status and preview, each answering with the answer model.

import { HIGHLIGHT_BAD_TIME_TEXT, HIGHLIGHT_BAD_TIME_ZONE_TEXT, HIGHLIGHT_NOT_SUBSCRIBED_TEXT } from '../messages.js';
import type { Answer, AnswerOf, ErrorCode, Language, SubscriptionAction, SubscriptionView } from '../model.js';
import type { HighlightStore, SubscriptionRow } from '../store/store.js';
import type { Clock } from './clock.js';
import { channelSeed, type Planner } from './plan.js';
import type { ChannelKey, HighlightService } from './ports.js';
import { canonicalTimeZone, localDate, localLabel, parseTime } from './time.js';

export interface HighlightDefaults {
  /** HH:MM */
  time: string;
  /** IANA name */
  timeZone: string;
}

export interface ServiceDeps {
  store: HighlightStore;
  planner: Planner;
  clock: Clock;
  defaults: HighlightDefaults;
  /** Called after any change, so the scheduler can wake at the new time. */
  onChange?: () => void;
}

type Texts = { readonly en: string; readonly zh: string };
type Settings = { time?: string; timeZone?: string };

function errorAnswer(code: ErrorCode, texts: Texts, language: Language, value?: string): AnswerOf<'error'> {
  const text = language === 'zh' ? texts.zh : texts.en;
  return { kind: 'error', language, code, message: value === undefined ? text : `${text} (“${value}”)` };
}

const isOn = (s: SubscriptionRow | undefined): s is SubscriptionRow => s !== undefined && s.status !== 'unsubscribed';

/** The settings in canonical form, or the error naming the bad one. */
function validated(options: Settings, language: Language): Settings | AnswerOf<'error'> {
  const time = options.time === undefined ? undefined : parseTime(options.time);
  if (options.time !== undefined && time === undefined) return errorAnswer('badTime', HIGHLIGHT_BAD_TIME_TEXT, language, options.time);
  const timeZone = options.timeZone === undefined ? undefined : canonicalTimeZone(options.timeZone);
  if (options.timeZone !== undefined && timeZone === undefined) return errorAnswer('badTimeZone', HIGHLIGHT_BAD_TIME_ZONE_TEXT, language, options.timeZone);
  return { ...(time === undefined ? {} : { time }), ...(timeZone === undefined ? {} : { timeZone }) };
}

/** What the channel's subscription looks like to its members, with the next post when active. */
async function view(deps: ServiceDeps, channel: ChannelKey, sub: SubscriptionRow | undefined): Promise<SubscriptionView> {
  const { planner, defaults } = deps;
  const base = { channelId: channel.channelId, time: sub?.time ?? defaults.time, timeZone: sub?.timeZone ?? defaults.timeZone };
  if (!isOn(sub)) return { ...base, subscribed: false, paused: false, next: undefined };
  let next: SubscriptionView['next'];
  if (sub.status === 'active') {
    const now = deps.clock.now();
    const due = await planner.nextDue(sub, now);
    const slot = (due.post === undefined ? undefined : planner.slotOf(due.post)) ?? (await planner.nextSlot(channel, sub.seed, now.getTime(), false));
    next = { at: due.at.toISOString(), localLabel: localLabel(due.at, sub.timeZone), position: slot.position, cycleLength: slot.cycleLength };
  }
  return { ...base, subscribed: true, paused: sub.status === 'paused', next };
}

async function answer(deps: ServiceDeps, channel: ChannelKey, action: SubscriptionAction, language: Language): Promise<Answer> {
  return { kind: 'subscription', language, action, subscription: await view(deps, channel, await deps.store.subscription(channel)) };
}

async function subscribe(deps: ServiceDeps, channel: ChannelKey, options: Settings, language: Language): Promise<Answer> {
  const checked = validated(options, language);
  if ('kind' in checked) return checked;
  const now = deps.clock.now().getTime();
  const existing = await deps.store.subscription(channel);
  const time = checked.time ?? (isOn(existing) ? existing.time : deps.defaults.time);
  const timeZone = checked.timeZone ?? (isOn(existing) ? existing.timeZone : deps.defaults.timeZone);
  const unchanged = existing?.status === 'active' && existing.time === time && existing.timeZone === timeZone;
  const seed = existing?.seed ?? channelSeed(channel);
  const activeFrom = unchanged ? existing.activeFrom : now;
  await deps.store.saveSubscription({ ...channel, status: 'active', time, timeZone, seed, activeFrom, pausedReason: undefined, language }, now);
  deps.onChange?.();
  return answer(deps, channel, existing?.status === 'active' ? 'updated' : 'subscribed', language);
}

async function unsubscribe(deps: ServiceDeps, channel: ChannelKey, language: Language): Promise<Answer> {
  const sub = await deps.store.subscription(channel);
  if (!isOn(sub)) return errorAnswer('notSubscribed', HIGHLIGHT_NOT_SUBSCRIBED_TEXT, language);
  // The rotation and the posts stay: subscribing again carries on where it stopped.
  await deps.store.saveSubscription({ ...sub, status: 'unsubscribed', pausedReason: undefined }, deps.clock.now().getTime());
  deps.onChange?.();
  return answer(deps, channel, 'unsubscribed', language);
}

async function change(deps: ServiceDeps, channel: ChannelKey, options: Settings, language: Language): Promise<Answer> {
  const checked = validated(options, language);
  if ('kind' in checked) return checked;
  const sub = await deps.store.subscription(channel);
  if (!isOn(sub)) return errorAnswer('notSubscribed', HIGHLIGHT_NOT_SUBSCRIBED_TEXT, language);
  const now = deps.clock.now().getTime();
  const time = checked.time ?? sub.time;
  const timeZone = checked.timeZone ?? sub.timeZone;
  // The new setting counts from the next time the clock shows it.
  const activeFrom = time === sub.time && timeZone === sub.timeZone ? sub.activeFrom : now;
  await deps.store.saveSubscription({ ...sub, time, timeZone, activeFrom }, now);
  deps.onChange?.();
  return answer(deps, channel, 'updated', language);
}

/** Today's highlight for the channel: the one posted today if any, else the next in its rotation. */
async function preview(deps: ServiceDeps, channel: ChannelKey, language: Language): Promise<Answer> {
  const { planner, store } = deps;
  const now = deps.clock.now();
  const sub = await store.subscription(channel);
  const on = isOn(sub);
  const today = localDate(now, on ? sub.timeZone : deps.defaults.timeZone);
  const posted = on ? await store.post(channel, today) : undefined;
  const slot =
    (posted !== undefined && posted.state !== 'failed' ? planner.slotOf(posted) : undefined) ??
    (await planner.nextSlot(channel, sub?.seed ?? channelSeed(channel), now.getTime(), on));
  return planner.highlight(slot, today, language);
}

export function createHighlightService(deps: ServiceDeps): HighlightService {
  return {
    subscribe: (channel, options, language) => subscribe(deps, channel, options, language),
    unsubscribe: (channel, language) => unsubscribe(deps, channel, language),
    status: (channel, language) => answer(deps, channel, 'status', language),
    setTime: (channel, time, language) => change(deps, channel, { time }, language),
    setTimeZone: (channel, timeZone, language) => change(deps, channel, { timeZone }, language),
    preview: (channel, language) => preview(deps, channel, language),
  };
}
