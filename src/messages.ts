// Daily highlights: what the highlight commands answer when the input is wrong,
// as `{ zh, en }` pairs the highlight service picks from by the asker's
// language. The words live in the catalogue (src/present/catalogue.ts); every
// other user-visible string is read from the catalogue where it is shown.
import { both } from './present/catalogue.js';

/** A highlight time that is not HH:MM on a 24-hour clock. */
export const HIGHLIGHT_BAD_TIME_TEXT = both('error.badTime');
/** A time zone that is not an IANA name Intl knows. */
export const HIGHLIGHT_BAD_TIME_ZONE_TEXT = both('error.badTimeZone');
/** Unsubscribe, time or timezone in a channel that is not subscribed. */
export const HIGHLIGHT_NOT_SUBSCRIBED_TEXT = both('error.notSubscribed');
