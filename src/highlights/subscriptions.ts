// The HighlightService the adapters' commands call: subscribe, unsubscribe,
// change time or zone, status and preview, each answering with the answer model.

import { HIGHLIGHT_BAD_TIME_TEXT, HIGHLIGHT_BAD_TIME_ZONE_TEXT, HIGHLIGHT_NOT_SUBSCRIBED_TEXT } from '../messages.js';
import type { Answer, AnswerOf, ErrorCode, Language, SubscriptionAction, SubscriptionView } from '../model.js';
import type { Clock } from './clock.js';
import { channelSeed, type Planner } from './plan.js';
import type { ChannelKey, HighlightService } from './service.js';
import type { HighlightStore, SubscriptionRow } from './store.js';
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

function errorAnswer(code: ErrorCode, texts: Texts, language: Language, value?: string): AnswerOf<'error'> {
  const text = language === 'zh' ? texts.zh : texts.en;
  return { kind: 'error', language, code, message: value === undefined ? text : `${text} (“${value}”)` };
}

export function createHighlightService(deps: ServiceDeps): HighlightService {
  const { store, planner, clock, defaults } = deps;
  const changed = (): void => deps.onChange?.();

  const isOn = (s: SubscriptionRow | undefined): s is SubscriptionRow => s !== undefined && s.status !== 'unsubscribed';

  function view(channel: ChannelKey, sub: SubscriptionRow | undefined): SubscriptionView {
    const now = clock.now();
    if (sub === undefined || sub.status === 'unsubscribed') {
      return {
        channelId: channel.channelId,
        subscribed: false,
        paused: false,
        time: sub?.time ?? defaults.time,
        timeZone: sub?.timeZone ?? defaults.timeZone,
        next: undefined,
      };
    }
    let next: SubscriptionView['next'];
    if (sub.status === 'active') {
      const due = planner.nextDue(sub, now);
      const slot = (due.post === undefined ? undefined : planner.slotOf(due.post)) ?? planner.nextSlot(channel, sub.seed, now.getTime(), false);
      next = { at: due.at.toISOString(), localLabel: localLabel(due.at, sub.timeZone), position: slot.position, cycleLength: slot.cycleLength };
    }
    return { channelId: channel.channelId, subscribed: true, paused: sub.status === 'paused', time: sub.time, timeZone: sub.timeZone, next };
  }

  const answer = (channel: ChannelKey, action: SubscriptionAction, language: Language): Answer => ({
    kind: 'subscription',
    language,
    action,
    subscription: view(channel, store.subscription(channel)),
  });

  function validated(time: string | undefined, timeZone: string | undefined, language: Language): { time?: string; timeZone?: string } | AnswerOf<'error'> {
    const t = time === undefined ? undefined : parseTime(time);
    if (time !== undefined && t === undefined) return errorAnswer('badTime', HIGHLIGHT_BAD_TIME_TEXT, language, time);
    const z = timeZone === undefined ? undefined : canonicalTimeZone(timeZone);
    if (timeZone !== undefined && z === undefined) return errorAnswer('badTimeZone', HIGHLIGHT_BAD_TIME_ZONE_TEXT, language, timeZone);
    return { ...(t === undefined ? {} : { time: t }), ...(z === undefined ? {} : { timeZone: z }) };
  }

  function change(channel: ChannelKey, options: { time?: string; timeZone?: string }, language: Language): Answer {
    const checked = validated(options.time, options.timeZone, language);
    if ('kind' in checked) return checked;
    const sub = store.subscription(channel);
    if (!isOn(sub)) return errorAnswer('notSubscribed', HIGHLIGHT_NOT_SUBSCRIBED_TEXT, language);
    const now = clock.now().getTime();
    const time = checked.time ?? sub.time;
    const timeZone = checked.timeZone ?? sub.timeZone;
    // The new setting counts from the next time the clock shows it.
    const activeFrom = time === sub.time && timeZone === sub.timeZone ? sub.activeFrom : now;
    store.saveSubscription({ ...sub, time, timeZone, activeFrom }, now);
    changed();
    return answer(channel, 'updated', language);
  }

  return {
    subscribe(channel, options, language) {
      const checked = validated(options.time, options.timeZone, language);
      if ('kind' in checked) return checked;
      const now = clock.now().getTime();
      const existing = store.subscription(channel);
      const time = checked.time ?? (isOn(existing) ? existing.time : defaults.time);
      const timeZone = checked.timeZone ?? (isOn(existing) ? existing.timeZone : defaults.timeZone);
      const unchanged = existing?.status === 'active' && existing.time === time && existing.timeZone === timeZone;
      store.saveSubscription(
        {
          platform: channel.platform,
          channelId: channel.channelId,
          status: 'active',
          time,
          timeZone,
          seed: existing?.seed ?? channelSeed(channel),
          activeFrom: unchanged ? existing.activeFrom : now,
          pausedReason: undefined,
          language,
        },
        now,
      );
      changed();
      return answer(channel, existing?.status === 'active' ? 'updated' : 'subscribed', language);
    },

    unsubscribe(channel, language) {
      const sub = store.subscription(channel);
      if (!isOn(sub)) return errorAnswer('notSubscribed', HIGHLIGHT_NOT_SUBSCRIBED_TEXT, language);
      // The rotation and the posts stay: subscribing again carries on where it stopped.
      store.saveSubscription({ ...sub, status: 'unsubscribed', pausedReason: undefined }, clock.now().getTime());
      changed();
      return answer(channel, 'unsubscribed', language);
    },

    status(channel, language) {
      return answer(channel, 'status', language);
    },

    setTime(channel, time, language) {
      return change(channel, { time }, language);
    },

    setTimeZone(channel, timeZone, language) {
      return change(channel, { timeZone }, language);
    },

    preview(channel, language) {
      const now = clock.now();
      const sub = store.subscription(channel);
      const on = isOn(sub);
      const zone = on ? sub.timeZone : defaults.timeZone;
      const today = localDate(now, zone);
      const posted = on ? store.post(channel, today) : undefined;
      const slot =
        (posted !== undefined && posted.state !== 'failed' ? planner.slotOf(posted) : undefined) ??
        planner.nextSlot(channel, sub?.seed ?? channelSeed(channel), now.getTime(), on);
      return planner.highlight(slot, today, language);
    },
  };
}
