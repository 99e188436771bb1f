// Which language a reply is written in. The core tags a question that mixes
// scripts as 'mixed'; a reply cannot be mixed, so the share of Han characters
// among the question's letters decides.
import type { Answer, Language } from '../model.js';
import type { Reader } from './catalogue.js';

/**
 * A mixed question is Chinese when at least this share of its letters are Han
 * characters. Not one half: Latin acronyms in a Chinese question ('SCO 对 AI
 * 的态度') spend a letter per initial, where a Han character carries a whole
 * syllable, so a Chinese question with two acronyms is still about 45 % Han.
 * 'stance on 单边制裁' (33 %) stays English.
 */
export const HAN_SHARE_FOR_CHINESE = 0.4;

const HAN = /\p{Script=Han}/gu;
const LATIN = /\p{Script=Latin}/gu;

/** Chinese or English for a text that may mix the two, by the share of Han characters among its letters. */
export function readerOfText(text: string): Reader {
  const han = text.match(HAN)?.length ?? 0;
  const latin = text.match(LATIN)?.length ?? 0;
  if (han + latin === 0) return 'en';
  return han / (han + latin) >= HAN_SHARE_FOR_CHINESE ? 'zh' : 'en';
}

/** Whether a text has a language of its own: '§42' and '12-14' do not, 'paragraph 42' and '第42段' do. */
export function hasOwnLanguage(text: string): boolean {
  return /[\p{Script=Han}\p{Script=Latin}]/u.test(text);
}

/** The reader of an answer: its language, with a mixed question decided by its text. */
export function readerOf(answer: Answer): Reader {
  return resolve(answer.language, 'query' in answer ? answer.query : '');
}

function resolve(language: Language, query: string): Reader {
  return language === 'mixed' ? readerOfText(query) : language;
}

/** The reader for a user's locale (as a platform names it: 'zh-CN', 'en-US'), for input with no language of its own: zh-CN and zh-TW read Chinese. */
export function readerOfLocale(locale: string): Reader {
  return locale === 'zh-CN' || locale === 'zh-TW' ? 'zh' : 'en';
}
