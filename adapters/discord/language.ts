import type { Locale } from 'discord.js';
import type { Language } from '../../src/model.js';

/** The language to answer a command in when the answer does not come from the user's text: the user's Discord locale. */
export function languageOfLocale(locale: Locale | string): Language {
  return locale.startsWith('zh') ? 'zh' : 'en';
}
