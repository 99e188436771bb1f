import type { Message } from 'discord.js';
import type { Reader } from '../../src/present/catalogue.js';
import { readerOfLocale } from '../../src/present/reader-language.js';

/** A message has no locale of its own: the server's preferred one decides, English in a direct message. */
export function readerOfMessage(message: Message): Reader {
  return readerOfLocale(message.guild?.preferredLocale ?? 'en-US');
}
