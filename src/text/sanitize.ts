import { fastIgnoreCase } from './fast-ignore-case.js';
// User text arrives with anything in it: control characters, zero-width
// joiners, bidi marks. They carry no meaning for a search and can hide text.
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

// Chat markup for a mention of a user, role, channel or everyone (Slack <@U123>, <!here>,
// <#C1|general>; Discord <@123>, <@!123>, <@&123>, <#123>): a name, never a word of the question.
const MENTION = /<(?:[@#]|!|@!|@&)[^<>\s]{1,80}>/gu;

// A link pasted beside a question ('https://example.com/sco what about climate') is where the asker read of it, not words to search.
const LINK = fastIgnoreCase(/(?:\bhttps?:\/\/|\bwww\.)[^\s<>]+/giu);

export function sanitize(input: string): string {
  return input.replace(INVISIBLE, ' ').replace(MENTION, ' ').replace(LINK, ' ').replace(/\s+/gu, ' ').trim();
}

/** Basic Latin, Latin-1, Latin Extended-A/B, general and CJK punctuation, CJK ideographs, full-width forms. */
const CHINESE_OR_LATIN = /^[\u0000-\u024f\u2000-\u206f\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]*$/;

/**
 * Whether the text is written in a language the bot does not read: kana (Japanese),
 * or letters mostly of scripts other than Chinese and Latin (Cyrillic, Arabic, Hangul...).
 */
export function isUnsupportedLanguage(text: string): boolean {
  // Nearly every question is Latin, CJK ideographs and their punctuation alone: a plain class answers
  // it, without compiling the Unicode script classes below (some 10 ms, once per process).
  if (CHINESE_OR_LATIN.test(text)) return false;
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return true;
  const letters = text.match(/\p{L}/gu) ?? [];
  const read = letters.filter((c) => /[\p{Script=Han}\p{Script=Latin}]/u.test(c)).length;
  return letters.length > 0 && read * 2 < letters.length;
}

/** Whether the text has anything to search for: a letter or a digit (emoji and punctuation are not). */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}
