// Guards for what arrives from Discord before the adapter uses it (the generic ones are in adapters/untrusted.ts).
import { userText } from '../untrusted.js';

/** The question in a message that mentions the bot: the text without the bot's own mention. */
export function withoutMention(content: unknown, botId: string): string {
  if (!/^\d{5,25}$/.test(botId)) throw new Error(`discord guards: bot id '${botId}' is not a snowflake`);
  return userText(content, 'message content')
    .replace(new RegExp(`<@!?${botId}>`, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
