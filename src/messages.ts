// User-facing strings the Slack and Discord adapters import as constants.
// Where the catalogue (src/present/catalogue.ts) holds the same words they come
// from there; the fragments marked LEGACY exist only for those adapters' own
// renderers and go away when the adapters map the card instead.
import { both, CATALOGUE } from './present/catalogue.js';

/** Any unexpected failure while answering. */
export const APOLOGY_TEXT: string = CATALOGUE['error.internal'].en;
/** A user who asks faster than the per-minute limit. */
export const RATE_LIMITED_TEXT: string = CATALOGUE['error.rateLimited'].en;
/** Highlight commands on a bot started without the highlight service. */
export const HIGHLIGHTS_DISABLED_TEXT: string = CATALOGUE['error.highlightsDisabled'].en;
/** A highlight sub-command the adapter does not know. */
export const HIGHLIGHTS_USAGE_TEXT: string = CATALOGUE['highlights.usage'].en;
/** A button whose stored question has been forgotten (long questions are kept in memory for a while). */
export const EXPIRED_BUTTON_TEXT: string = CATALOGUE['error.expiredButton'].en;
/** A highlight setting changed by someone without the Manage Channels permission (Discord). */
export const MANAGE_CHANNELS_REQUIRED_TEXT: string = CATALOGUE['error.manageChannels'].en;
/** A button or interaction the bot does not recognise (an old message, a changed bot). */
export const UNKNOWN_ACTION_TEXT: string = CATALOGUE['error.unknownAction'].en;

export const LABEL_MORE_RESULTS: string = CATALOGUE['action.more'].en;
export const LABEL_SHOW_CONTEXT: string = CATALOGUE['action.context'].en;
export const LABEL_EARLIER: string = CATALOGUE['action.earlier'].en;
export const LABEL_LATER: string = CATALOGUE['action.later'].en;
export const LABEL_WHOLE_PARAGRAPH: string = CATALOGUE['action.paragraph'].en;
export const LABEL_SUGGESTIONS: string = CATALOGUE['label.suggestions'].en;
export const LABEL_TOPICS: string = CATALOGUE['label.topics'].en;
export const LABEL_HIGHLIGHT: string = CATALOGUE['label.highlight'].en;
export const LABEL_UNSUBSCRIBED: string = CATALOGUE['subscription.unsubscribed'].en;
export const LABEL_NOT_SUBSCRIBED: string = CATALOGUE['subscription.none'].en;
export const LABEL_PAUSED: string = CATALOGUE['subscription.paused'].en;

/** LEGACY: Slack's heading of the English rendering; the card uses 'label.english'. */
export const LABEL_ENGLISH = 'English (unofficial rendering)';
/** LEGACY: sentence fragments the adapters assemble around numbers; the card uses 'note.capped'. */
export const LABEL_CAPPED = 'paragraphs requested; showing';
export const LABEL_NOT_SHOWN = 'more not shown here; page on with the buttons below';
/** LEGACY: the adapters add the time themselves; the card uses 'subscription.subscribed'. */
export const LABEL_SUBSCRIBED = 'This channel gets a daily highlight';
export const LABEL_NEXT = 'Next';

// Daily highlights: what the highlight commands answer when the input is wrong.
// The service picks by the asker's language.

/** A highlight time that is not HH:MM on a 24-hour clock. */
export const HIGHLIGHT_BAD_TIME_TEXT = both('error.badTime');
/** A time zone that is not an IANA name Intl knows. */
export const HIGHLIGHT_BAD_TIME_ZONE_TEXT = both('error.badTimeZone');
/** Unsubscribe, time or timezone in a channel that is not subscribed. */
export const HIGHLIGHT_NOT_SUBSCRIBED_TEXT = both('error.notSubscribed');

/**
 * A highlight's place in the channel's cycle of commitments ("commitment 17 of 40"),
 * on the highlight post and in the subscription status.
 */
export const CYCLE_PLACE_TEXT = {
  en: (position: number, cycleLength: number): string => both('label.cyclePlace', { position, length: cycleLength }).en,
  zh: (position: number, cycleLength: number): string => both('label.cyclePlace', { position, length: cycleLength }).zh,
} as const;
