// Guards for what arrives from Discord before the adapter uses it.
import type { ParagraphRange } from '../../src/core.js';

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** A text option or message text: a string, control characters removed, trimmed. */
export function userText(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new TypeError(`discord guards: ${what} is not text (${typeof value})`);
  return value.replace(CONTROL, '').trim();
}

/** The question in a message that mentions the bot: the text without the bot's own mention. */
export function withoutMention(content: unknown, botId: string): string {
  if (!/^\d{5,25}$/.test(botId)) throw new Error(`discord guards: bot id '${botId}' is not a snowflake`);
  return userText(content, 'message content')
    .replace(new RegExp(`<@!?${botId}>`, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** '§42' or '§12-14' in an ordinary message, as the paragraphs to show, or undefined. */
export function referenceIn(content: unknown): ParagraphRange[] | undefined {
  if (typeof content !== 'string') return undefined;
  const m = /§\s*(\d{1,4})(?:\s*[-–~]\s*(\d{1,4}))?/.exec(content);
  if (m === null) return undefined;
  const from = Number(m[1]);
  return [{ from, to: m[2] === undefined ? from : Number(m[2]) }];
}
