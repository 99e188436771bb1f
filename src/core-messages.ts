// What the core says when it cannot answer, in the asker's language. The
// words live in the catalogue (src/present/catalogue.ts); this module keeps the
// `{ zh, en }` pairs and helpers the question answering still imports, so
// there is one source of text while it moves to the card.
import type { DetailKind, ErrorCode, Language } from './model.js';
import { both, listNames, MAX_INPUT_LENGTH, MAX_PARAGRAPHS_PER_REQUEST, MISSING_KEY, say } from './present/catalogue.js';

export { MAX_INPUT_LENGTH, MAX_PARAGRAPHS_PER_REQUEST };

type Texts = Record<'zh' | 'en', string>;

export const EMPTY_TEXT: Texts = both('error.empty');
export const TOO_LONG_TEXT: Texts = both('error.tooLong', { max: MAX_INPUT_LENGTH });
export const NO_WORDS_TEXT: Texts = both('error.noWords');
export const outOfRangeText = (count: number): Texts => both('error.outOfRange', { count });
export const malformedReferenceText = (count: number): Texts => both('error.malformedReference', { count });
export const unknownTopicText = (known: string): Texts => both('error.unknownTopic', { known });
export const UNKNOWN_DOCUMENT_TEXT: Texts = both('error.unknownDocument');
export const INTERNAL_TEXT: Texts = both('error.internal');
export const UNSUPPORTED_LANGUAGE_TEXT: Texts = both('error.unsupportedLanguage');
export const NOT_COVERED_TEXT: Texts = both('refusal.notCovered');

/** A mixed question gets English here, as before; the card decides a mixed reader by the share of Han characters. */
export function textFor(texts: Texts, language: Language): string {
  return language === 'zh' ? texts.zh : texts.en;
}

const readerFor = (language: Language): 'zh' | 'en' => (language === 'zh' ? 'zh' : 'en');

export type CoreErrorCode = Extract<
  ErrorCode,
  'empty' | 'tooLong' | 'noWords' | 'unsupportedLanguage' | 'outOfRange' | 'malformedReference' | 'unknownTopic' | 'unknownDocument' | 'internal'
>;

/** A refusal that names what the declaration never mentions. */
export function absentText(names: readonly string[], language: Language): string {
  const reader = readerFor(language);
  return say('refusal.absent', reader, { names: listNames(names, reader) });
}

/** A partial answer: the rest of the question is answered below. */
export function partlyAbsentText(names: readonly string[], language: Language): string {
  const reader = readerFor(language);
  return say('refusal.partlyAbsent', reader, { names: listNames(names, reader) });
}

/** The subject is there, the detail asked for is not: 'mentions the development bank (§83) but gives no figure'. */
export function missingText(kind: DetailKind, subject: string, paragraphs: readonly number[], language: Language, called = false): string {
  const where = paragraphs.map((n) => `§${n}`).join(', ');
  // What a thing is called, its number or theme: not 'which ones'.
  return say(kind === 'name' && called ? 'refusal.missing.title' : MISSING_KEY[kind], readerFor(language), { subject, where });
}
