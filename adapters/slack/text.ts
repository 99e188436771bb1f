// Slack reads `text` as mrkdwn: '<' starts a mention or link, '&' an entity.
// Everything that came from the document or from a user goes through
// escapeText on its way out, so '<!channel>' is shown, never sent; section
// text is also marked `verbatim`, so Slack links no bare URL or #channel.

import { boundForEscaping, breakLinks, ECHO_LIMIT } from '../echo.js';

export function escapeText(text: string): string {
  return breakLinks(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// mrkdwn has no escape for its formatting marks, so in text a user typed they
// become look-alikes that format nothing: '*bold*' stays '∗bold∗'.
const FORMAT_MARKS: Readonly<Record<string, string>> = { '*': '\u2217', _: '\u02cd', '~': '\u223c', '`': '\u02cb' };

function escapeUserText(text: string): string {
  return escapeText(text.replace(/[*_~`]/g, (mark) => FORMAT_MARKS[mark] ?? mark));
}

/** What a user typed, as mrkdwn that can neither ping, link nor format, and at most `limit` characters once escaped. */
export function echoUserText(text: string, limit = ECHO_LIMIT): string {
  return escapeUserText(boundForEscaping(text, limit, escapeUserText));
}

/**
 * What a user typed, as plain text: Slack's markup for mentions, channels and
 * links becomes readable words, and its entities are decoded.
 */
export function readSlackText(text: string): string {
  const plainMarkup = text.replace(/<([^<>]*)>/g, (_whole, inner: string) => {
    const [target = '', label] = inner.split('|', 2);
    if (target.startsWith('@')) return `@${label ?? target.slice(1)}`;
    if (target.startsWith('#')) return `#${label ?? target.slice(1)}`;
    if (target.startsWith('!')) {
      const name = target.slice(1).split('^', 1)[0] ?? '';
      return label ?? `@${name}`;
    }
    return label ?? target;
  });
  return plainMarkup.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** The text with any leading mention of the bot removed (an @-mention asks the bot). */
export function withoutBotMention(text: string, botUserId: string | undefined): string {
  if (botUserId === undefined) return text.trim();
  const mention = new RegExp(`<@${botUserId}(\\|[^>]*)?>`, 'g');
  return text.replace(mention, ' ').replace(/\s+/g, ' ').trim();
}
