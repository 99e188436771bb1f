// User text arrives with anything in it: control characters, zero-width
// joiners, bidi marks. They carry no meaning for a search and can hide text.
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

// Chat markup for a mention of a user, role, channel or everyone (Slack <@U123>, <!here>,
// <#C1|general>; Discord <@123>, <@!123>, <@&123>, <#123>): a name, never a word of the question.
const MENTION = /<(?:[@#]|!|@!|@&)[^<>\s]{1,80}>/gu;

export function sanitize(input: string): string {
  return input.replace(INVISIBLE, ' ').replace(MENTION, ' ').replace(/\s+/gu, ' ').trim();
}

/**
 * Whether the text is written in a language the bot does not read: kana (Japanese),
 * or letters mostly of scripts other than Chinese and Latin (Cyrillic, Arabic, Hangul...).
 */
export function isUnsupportedLanguage(text: string): boolean {
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return true;
  const letters = text.match(/\p{L}/gu) ?? [];
  const read = letters.filter((c) => /[\p{Script=Han}\p{Script=Latin}]/u.test(c)).length;
  return letters.length > 0 && read * 2 < letters.length;
}

/** Whether the text has anything to search for: a letter or a digit (emoji and punctuation are not). */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}
