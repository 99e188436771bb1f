import type { Locale, Message } from 'discord.js';
import type { Reader } from '../../src/present/catalogue.js';

/** The language to answer in when the input has none of its own ('42', a button): the user's Discord locale, zh-CN and zh-TW reading Chinese. */
export function languageOfLocale(locale: Locale | string): Reader {
  return locale === 'zh-CN' || locale === 'zh-TW' ? 'zh' : 'en';
}

/** A message has no locale of its own: the server's preferred one decides, English in a direct message. */
export function readerOfMessage(message: Message): Reader {
  return languageOfLocale(message.guild?.preferredLocale ?? 'en-US');
}
