// User-facing strings shared by the adapters. Constants only: tests assert
// on them, and every adapter says the same thing the same way.

/** Any unexpected failure while answering. */
export const APOLOGY_TEXT = 'Sorry, something went wrong while answering. Please try again in a moment.';

/** A user who asks faster than the per-minute limit. */
export const RATE_LIMITED_TEXT = 'You are asking faster than I can keep up. Please wait a minute, then ask again.';

/** Highlight commands on a bot started without the highlight service. */
export const HIGHLIGHTS_DISABLED_TEXT = 'Daily highlights are not enabled on this bot.';

/** A highlight sub-command the adapter does not know. */
export const HIGHLIGHTS_USAGE_TEXT = 'Use: highlights subscribe [HH:MM] [Zone/Name] | unsubscribe | status | time HH:MM | timezone Zone/Name | preview';

/** A button whose stored question has been forgotten (long questions are kept in memory for a while). */
export const EXPIRED_BUTTON_TEXT = 'That button has expired. Please ask the question again.';

export const LABEL_MORE_RESULTS = 'More results';
export const LABEL_SHOW_CONTEXT = 'Show in context';
export const LABEL_EARLIER = 'Earlier paragraphs';
export const LABEL_LATER = 'Later paragraphs';
export const LABEL_ENGLISH = 'English (unofficial rendering)';
export const LABEL_SUGGESTIONS = 'Topics it does cover';
export const LABEL_TOPICS = 'Topics of the declaration';
export const LABEL_CAPPED = 'paragraphs requested; showing';
export const LABEL_NOT_SHOWN = 'more not shown here; page on with the buttons below';
export const LABEL_HIGHLIGHT = 'Daily highlight';
export const LABEL_SUBSCRIBED = 'This channel gets a daily highlight';
export const LABEL_UNSUBSCRIBED = 'This channel no longer gets daily highlights.';
export const LABEL_NOT_SUBSCRIBED = 'This channel is not subscribed to daily highlights.';
export const LABEL_PAUSED = 'Paused: the last post could not be delivered. Subscribe again to resume.';
export const LABEL_NEXT = 'Next';

// Daily highlights: what the highlight commands answer when the input is wrong.
// Each has an English and a Chinese text; the service picks by the asker's language.

/** A highlight time that is not HH:MM on a 24-hour clock. */
export const HIGHLIGHT_BAD_TIME_TEXT = {
  en: 'That is not a time of day. Use HH:MM on a 24-hour clock, for example 09:00 or 18:30.',
  zh: '时间格式不对。请使用 24 小时制 HH:MM，例如 09:00 或 18:30。',
} as const;

/** A time zone that is not an IANA name Intl knows. */
export const HIGHLIGHT_BAD_TIME_ZONE_TEXT = {
  en: 'That is not a time zone I know. Use an IANA name such as Asia/Shanghai, Europe/Moscow, Asia/Almaty or UTC.',
  zh: '无法识别该时区。请使用 IANA 时区名称，例如 Asia/Shanghai、Europe/Moscow、Asia/Almaty 或 UTC。',
} as const;

/** Unsubscribe, time or timezone in a channel that is not subscribed. */
export const HIGHLIGHT_NOT_SUBSCRIBED_TEXT = {
  en: 'This channel is not subscribed to daily highlights. Subscribe it with: highlights subscribe [HH:MM] [Zone/Name]',
  zh: '本频道未订阅每日要点。订阅请输入：highlights subscribe [HH:MM] [时区]',
} as const;

/** A highlight setting changed by someone without the Manage Channels permission (Discord). */
export const MANAGE_CHANNELS_REQUIRED_TEXT = 'Only members who can manage this channel (Manage Channels) can change its daily highlights.';

/** A button or interaction the bot does not recognise (an old message, a changed bot). */
export const UNKNOWN_ACTION_TEXT = 'That action is no longer available. Please ask again.';

/**
 * A highlight's place in the channel's cycle of commitments ("commitment 17 of 40"),
 * on the highlight post and in the subscription status. Adapters pick zh for
 * Chinese answers and en otherwise.
 */
export const CYCLE_PLACE_TEXT = {
  en: (position: number, cycleLength: number): string => `commitment ${position} of ${cycleLength}`,
  zh: (position: number, cycleLength: number): string => `第 ${position}/${cycleLength} 项承诺`,
} as const;

/** The button under a highlight that shows its whole paragraph (to the clicker alone). */
export const LABEL_WHOLE_PARAGRAPH = 'Whole paragraph';
