// The error answers adapters give themselves (the core builds its own), one
// builder for both platforms: each code says what happened, and its words come
// from the catalogue in the reader's language. Beside it, the rule both
// platforms use to pick that reader for what a user typed.
import type { AnswerOf, ErrorCode, Language } from '../src/model.js';
import { say, type Reader } from '../src/present/catalogue.js';
import { hasOwnLanguage, readerOfText } from '../src/present/reader-language.js';

export type AdapterErrorCode = Extract<ErrorCode, 'rateLimited' | 'highlightsDisabled' | 'expired' | 'unknownAction' | 'usage' | 'forbidden' | 'internal'>;

type PlainKey =
  | 'error.rateLimited'
  | 'error.highlightsDisabled'
  | 'error.expiredButton'
  | 'error.unknownAction'
  | 'highlights.usage'
  | 'error.manageChannels'
  | 'error.internal';

const WORDS: Record<AdapterErrorCode, PlainKey> = {
  rateLimited: 'error.rateLimited',
  highlightsDisabled: 'error.highlightsDisabled',
  expired: 'error.expiredButton',
  unknownAction: 'error.unknownAction',
  usage: 'highlights.usage',
  // The only thing an adapter forbids is changing a channel's highlights without Manage Channels.
  forbidden: 'error.manageChannels',
  internal: 'error.internal',
};

export function adapterError(code: AdapterErrorCode, reader: Reader): AnswerOf<'error'> {
  return { kind: 'error', code, language: reader, message: say(WORDS[code], reader) };
}

/** The reader of something typed: its own language, or the platform's default for '§42' and the like. */
export function readerOfInput(text: string, fallback: Reader): Reader {
  return hasOwnLanguage(text) ? readerOfText(text) : fallback;
}

/** A highlight command's language as the highlight service reads it, as a reader. */
export const readerOfLanguage = (language: Language): Reader => (language === 'zh' ? 'zh' : 'en');
