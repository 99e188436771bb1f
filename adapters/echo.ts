// Text a user typed, echoed back ("… does not cover “<question>”"), is
// escaped for the platform first and bounded after: escaping can make it five
// times longer ('&' → '&amp;'), so a bound on the raw text let a question of
// 1,000 '&' overflow Slack's 3,000-character section and lose the whole reply.

/** How many characters of escaped user text an answer echoes at most. */
export const ECHO_LIMIT = 300;
/** How long an error message with a quoted value may be, escaped: well inside a Slack section or a Discord message. */
export const ERROR_ECHO_LIMIT = 1000;
const ELLIPSIS = '…';

/**
 * The longest start of `text` whose escaped form, with an ellipsis when cut,
 * is at most `limit` characters. Returns the raw (unescaped) text, so callers
 * that escape later still escape exactly once.
 */
export function boundForEscaping(text: string, limit: number, escapeRaw: (raw: string) => string): string {
  if (escapeRaw(text).length <= limit) return text;
  const chars = Array.from(text);
  // Escaping only grows with the text, so the longest fitting start is found by bisection.
  let fits = 0;
  let tooLong = chars.length;
  while (tooLong - fits > 1) {
    const mid = Math.floor((fits + tooLong) / 2);
    if (escapeRaw(chars.slice(0, mid).join('') + ELLIPSIS).length <= limit) fits = mid;
    else tooLong = mid;
  }
  return `${chars.slice(0, fits).join('').trimEnd()}${ELLIPSIS}`;
}

/**
 * A URL's scheme separator with a zero-width space in it ('http:​//'): neither
 * Slack nor Discord makes a link, or a preview, of what follows.
 */
export function breakLinks(text: string): string {
  return text.replace(/:\/\//g, ':\u200b//');
}
