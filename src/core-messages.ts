// What the core says when it cannot answer, in the asker's language. Adapters
// show `message` as it is; tests assert on these constants.
import { APOLOGY_TEXT } from './messages.js';
import type { DetailKind, ErrorCode, Language } from './model.js';

type Texts = Record<'zh' | 'en', string>;

export const MAX_INPUT_LENGTH = 1000;
export const MAX_PARAGRAPHS_PER_REQUEST = 5;

export const EMPTY_TEXT: Texts = {
  en: 'Please ask a question about the Astana Declaration, or give a paragraph number such as §42. Type "help" for examples.',
  zh: '请输入关于阿斯塔纳宣言的问题，或段落编号（如 §42）。输入“帮助”查看示例。',
};

export const TOO_LONG_TEXT: Texts = {
  en: `That message is too long to search (over ${MAX_INPUT_LENGTH} characters). Please ask a shorter question.`,
  zh: `问题太长（超过 ${MAX_INPUT_LENGTH} 个字符），请缩短后再问。`,
};

export const NO_WORDS_TEXT: Texts = {
  en: 'I could not find any words to search for in that message. Please ask in words, e.g. "What does the declaration say about Afghanistan?"',
  zh: '这条消息里没有可以检索的文字。请用文字提问，例如“宣言对阿富汗问题怎么说？”',
};

export const outOfRangeText = (count: number): Texts => ({
  en: `The declaration has ${count} paragraphs: ask for a number from §1 to §${count}.`,
  zh: `宣言共有 ${count} 段，请输入 §1 至 §${count} 之间的段落编号。`,
});

export const malformedReferenceText = (count: number): Texts => ({
  en: `I could not read that paragraph number. Try §42, 第42段, "paragraph 42" or a range such as §12-14 (there are ${count} paragraphs).`,
  zh: `无法识别该段落编号。请试试 §42、第42段、paragraph 42 或 §12-14 这样的范围（共 ${count} 段）。`,
});

export const unknownTopicText = (known: string): Texts => ({
  en: `There is no such topic. Topics: ${known}.`,
  zh: `没有这个主题。可选主题：${known}。`,
});

export const UNKNOWN_DOCUMENT_TEXT: Texts = {
  en: 'That document is not in the index.',
  zh: '索引中没有这份文件。',
};

export const INTERNAL_TEXT: Texts = {
  en: APOLOGY_TEXT,
  zh: '抱歉，回答时出错了，请稍后再试。',
};

export function textFor(texts: Texts, language: Language): string {
  return language === 'zh' ? texts.zh : texts.en;
}

export type CoreErrorCode = Extract<ErrorCode, 'empty' | 'tooLong' | 'noWords' | 'unsupportedLanguage' | 'outOfRange' | 'malformedReference' | 'unknownTopic' | 'unknownDocument' | 'internal'>;

/** What 'help' shows on every platform; adapters add how to reach the bot there. */
export const HELP_TEXT: Texts = {
  en: [
    'I answer questions about the 2024 Astana Declaration of the SCO Heads of State Council by quoting its own words, with paragraph numbers.',
    'Ask in Chinese or English: "What does the declaration say about Afghanistan?", "上合对单边制裁什么态度？"',
    'A paragraph by number: §42, 第42段, paragraph 42, a range §12-14, several §3, §7 (at most 5 at once).',
    'Browse: "topics" lists the topics, "topic drugs" lists a topic\'s paragraphs.',
    'English renderings are this project\'s own unofficial translation; the Chinese text is authoritative.',
  ].join('\n'),
  zh: [
    '我用宣言原文回答关于 2024 年上合组织阿斯塔纳宣言的问题，并注明段落编号。',
    '可以用中文或英文提问：“宣言对阿富汗问题怎么说？”、“stance on unilateral sanctions”',
    '按编号查看段落：§42、第42段、paragraph 42、范围 §12-14、多段 §3, §7（每次最多 5 段）。',
    '浏览：“主题”列出所有主题，“主题 禁毒”列出该主题的段落。',
    '英文译文为本项目的非官方译文，以中文原文为准。',
  ].join('\n'),
};

export const NOT_COVERED_TEXT: Texts = {
  en: 'The declaration does not address this, as far as I can find.',
  zh: '宣言中没有找到与此相关的内容。',
};

const list = (names: readonly string[], language: Language): string =>
  language === 'zh' ? names.join('、') : names.length <= 2 ? names.join(' or ') : `${names.slice(0, -1).join(', ')} or ${names.at(-1) ?? ''}`;

/** A refusal that names what the declaration never mentions. */
export function absentText(names: readonly string[], language: Language): string {
  return language === 'zh' ? `宣言没有提到${list(names, language)}。` : `The declaration does not mention ${list(names, language)}.`;
}

/** A partial answer: the rest of the question is answered below. */
export function partlyAbsentText(names: readonly string[], language: Language): string {
  return language === 'zh'
    ? `宣言没有提到${list(names, language)}；以下是它对问题其余部分的原文。`
    : `The declaration does not mention ${list(names, language)}; below is what it says on the rest of the question.`;
}

const MISSING_EN: Record<DetailKind, string> = {
  amount: 'but gives no figure (amount) for it',
  count: 'but gives no number for it',
  date: 'but gives no date for it',
  place: 'but does not say where',
  person: 'but does not say who (which country, body or person)',
};
const MISSING_ZH: Record<DetailKind, string> = {
  amount: '但没有给出具体金额或数字',
  count: '但没有给出具体数量',
  date: '但没有给出具体日期',
  place: '但没有说明地点',
  person: '但没有说明是谁（哪个国家、机构或人物）',
};

/** The subject is there, the detail asked for is not: 'mentions the development bank (§83) but gives no figure'. */
export function missingText(kind: DetailKind, subject: string, paragraphs: readonly number[], language: Language): string {
  const where = paragraphs.map((n) => `§${n}`).join(', ');
  return language === 'zh'
    ? `宣言提到了${subject}（${where}），${MISSING_ZH[kind]}。`
    : `The declaration mentions ${subject} (${where}) ${MISSING_EN[kind]}.`;
}

export const RELATED_LABEL: Texts = {
  en: 'Related reading (not an answer to the question)',
  zh: '相关段落（并非对问题的回答）',
};

/** Said in both languages: the asker reads neither for sure. */
const UNSUPPORTED_LANGUAGE = '我只能读懂中文和英文的问题，请用中文或英文提问。\nI read questions in Chinese and English only: please ask in one of them.';
export const UNSUPPORTED_LANGUAGE_TEXT: Texts = { zh: UNSUPPORTED_LANGUAGE, en: UNSUPPORTED_LANGUAGE };

export const UNOFFICIAL_LABEL: Texts = {
  en: 'Unofficial English rendering',
  zh: '非官方英文译文',
};
